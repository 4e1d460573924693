"""mkdocs hook for notebook pages: make the page TOC point at the heading ids nbconvert wrote.

mkdocs-jupyter builds the TOC with python-markdown's slugs (code spans dropped, repeats suffixed `_1`) while the
rendered headings get nbconvert's ids (code text kept, repeats not suffixed), so some TOC links miss. Here repeated
heading ids are made unique (`x`, `x_1`, ...) and the TOC entries, in order, take the headings' ids."""
import re

_H = re.compile(r'<h([1-6])([^>]*?) id="([^"]*)"(.*?)</h\1>', re.S)

def _flat(items):
    for it in items:
        yield it; yield from _flat(it.children)

def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith('.ipynb'): return html
    seen, ids = {}, []
    def fix(m):
        old = m.group(3); n = seen.get(old, 0); seen[old] = n + 1
        new = old if n == 0 else f'{old}_{n}'; ids.append(new)
        return f'<h{m.group(1)}{m.group(2)} id="{new}"' + m.group(4).replace(f'href="#{old}"', f'href="#{new}"') + f'</h{m.group(1)}>'
    html = _H.sub(fix, html)
    toc = list(_flat(page.toc.items))
    if len(toc) == len(ids):
        for it, i in zip(toc, ids): it.id = i
    return html

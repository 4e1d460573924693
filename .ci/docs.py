"""Build the static docs site (`make docs`): README as the home page, every notebook rendered with what is committed
(text, code, pictures under nbs/images; nothing is executed), one API page per module (nbdev's show_doc: signature,
inline parameter comments, docstring), then `mkdocs build --strict` and a check of every local link and anchor in the
built HTML. Pure Python (mkdocs + mkdocs-jupyter + mkdocs-material, the `docs` extra); nbdev_docs would need Quarto.
Staging: _proc/docs (generated, gitignored); site: _docs/ (open _docs/index.html, or `mkdocs serve`)."""
import argparse, importlib, inspect, json, logging, os, re, shutil, sys, time, warnings
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

root = Path(__file__).resolve().parent.parent
IMPORT_ERRORS = []
stage, site = root/'_proc'/'docs', root/'_docs'

def clean_nb(nb:dict) -> dict:
    "What nbdev's docs show: no `#| hide` cells, no `#|` directive lines, no `default_exp`/export-only cells."
    cells = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'code':
            dirs = [l for l in src.splitlines() if l.startswith('#|')]
            if any(re.match(r'#\|\s*(hide|default_exp)\b', d) for d in dirs): continue
            src = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip('\n')
            if not src: continue
        # links between notebooks: X.ipynb -> the page of X (site URLs are folders, one level down)
        src = re.sub(r'\]\((?!https?:)([^)#]+)\.ipynb(#[^)]*)?\)', lambda m: f"](../{m.group(1)}/{m.group(2) or ''})", src)
        if c['cell_type'] == 'markdown': src = re.sub(r'\]\((?!https?:|\.\./|/|#)([^)]+\.(?:png|jpg|svg|gif))\)', r'](../\1)', src)
        cells.append({**c, 'source': src, 'id': f'c{len(cells)}'})   # nbdev_clean drops cell ids; nbformat 4.5 wants them
    return {**nb, 'cells': cells, 'nbformat': 4, 'nbformat_minor': max(5, nb.get('nbformat_minor', 5))}

def _sig_md(obj, name):
    from nbdev.showdoc import show_doc
    md = show_doc(obj, name=name)._repr_markdown_()
    md = re.sub(r'^\[source\]\([^)]*\)\{[^}]*\}\s*$', '', md, flags=re.M)   # links to a hosted repo that may not exist
    if inspect.isclass(obj): md = md.replace(f'def {name}(', f'class {name}(', 1)
    return re.sub(r'^\s*---\s*', '', md).strip()

def api_page(mod_name:str) -> tuple:
    "Markdown API page of one medgan module: its notebook, then each name of __all__ (classes with their own public methods)."
    mod = importlib.import_module(mod_name)
    m = re.search(r'File to edit: \.\./(?:\.\./)*nbs/(\S+?)\.ipynb', Path(mod.__file__).read_text()[:2000])
    nb = m.group(1) if m else None
    out = [f'# {mod_name}', '', inspect.getdoc(mod) or '', '']
    if nb: out += [f'Generated from the notebook [{nb}](../{nb}.ipynb), which explains and tests each of these.', '']
    for n in getattr(mod, '__all__', []):
        obj = getattr(mod, n, None)
        if obj is None or not (inspect.isfunction(obj) or inspect.isclass(obj)): continue
        out += [_sig_md(obj, n), '']
        if inspect.isclass(obj):
            for k, v in vars(obj).items():
                f = v.__func__ if isinstance(v, (classmethod, staticmethod)) else v
                if k.startswith('_') or not inspect.isfunction(f) or not f.__doc__: continue
                out += [_sig_md(f, f'{n}.{k}').replace(f'### {n}.{k}', f'#### {n}.{k}', 1), '']
    return '\n'.join(out), nb

def stage_site() -> list:
    "Write README, notebooks, pictures and API pages under _proc/docs; return the nav."
    shutil.rmtree(stage, ignore_errors=True); stage.mkdir(parents=True)
    (stage/'index.md').write_text(re.sub(r'\]\(nbs/', '](', (root/'README.md').read_text()))
    shutil.copytree(root/'nbs'/'images', stage/'images')
    shutil.copy(root/'docs'/'medgan.css', stage/'medgan.css')
    import jupyter_server_mathjax   # MathJax for the notebook pages, served by the site itself (no CDN)
    shutil.copytree(Path(jupyter_server_mathjax.__file__).parent/'static', stage/'assets'/'mathjax')
    (stage/'assets'/'mathjax'/'config'/'local').mkdir(parents=True, exist_ok=True)
    shutil.copy(root/'docs'/'mathjax-stix.js', stage/'assets'/'mathjax'/'config'/'local'/'medgan.js')
    lib, exp = [], []
    for p in sorted((root/'nbs').glob('*.ipynb')):
        if p.name.startswith('_') or p.name == 'index.ipynb': continue
        nb = clean_nb(json.loads(p.read_text()))
        (stage/p.name).write_text(json.dumps(nb, indent=1, ensure_ascii=False))
        title = next((''.join(c['source']).splitlines()[0].lstrip('# ').strip() for c in nb['cells'] if c['cell_type'] == 'markdown'), p.stem)
        (lib if p.name[0].isdigit() else exp).append({f'{p.stem} · {title}' if p.stem != title else p.stem: p.name})
    api = []
    mods = sorted('medgan.' + '.'.join(f.relative_to(root/'medgan').with_suffix('').parts)
                  for f in (root/'medgan').rglob('*.py') if not f.name.startswith('_'))
    (stage/'api').mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for m in mods:
            try: md, _ = api_page(m)
            except Exception as e:   # reported and failed at the end, after the rest of the site is built
                IMPORT_ERRORS.append(f'{m}: {type(e).__name__}: {e}'); md = f'# {m}\n\nThis module did not import when the site was built.\n'
            (stage/'api'/f'{m}.md').write_text(md)
            api.append({m: f'api/{m}.md'})
    return [{'Home': 'index.md'}, {'Library notebooks': lib}, {'Experiments': exp}, {'API': api}]

class _Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links, self.ids = [], set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a: self.ids.add(a['id'])
        if tag == 'a' and a.get('name'): self.ids.add(a['name'])
        for k in ('href', 'src'):
            if a.get(k) and not (tag == 'link' and k == 'href' and a.get('rel') in ('canonical',)): self.links.append(a[k])

def check_links(site:Path) -> tuple:
    "Every local href/src in the built site resolves to a file, and every #anchor to an id on its page: (n checked, errors)."
    pages, errors, n = {}, [], 0
    for f in site.rglob('*.html'):
        p = _Links(); p.feed(f.read_text(errors='replace')); pages[f] = p
    for f, p in pages.items():
        for link in p.links:
            u = urlsplit(link)
            if u.scheme or link.startswith('//') or link.startswith('mailto:') or link.startswith('data:'): continue
            n += 1
            base = site if u.path.startswith('/') else f.parent   # absolute paths (the 404 page) are from the site root
            target = f if not u.path else (base/unquote(u.path.lstrip('/'))).resolve()
            if target.is_dir(): target = target/'index.html'
            if not target.exists(): errors.append(f'{f.relative_to(site)}: broken link {link}'); continue
            if u.fragment and target.suffix == '.html' and target in pages and u.fragment not in pages[target].ids:
                errors.append(f'{f.relative_to(site)}: missing anchor {link}')
    return n, errors

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--no-build', action='store_true', help='stage only')
    a = ap.parse_args()
    t0 = time.time()
    os.chdir(root)   # mkdocs-jupyter's cache_dir is relative to the working directory
    nav = stage_site()
    print(f'staged {sum(len(next(iter(s.values()))) if isinstance(next(iter(s.values())), list) else 1 for s in nav)} pages in {time.time()-t0:.0f}s')
    if a.no_build: sys.exit(0)
    from mkdocs.config import load_config
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort
    h = logging.StreamHandler(); h.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))
    logging.getLogger('mkdocs').addHandler(h); logging.getLogger('mkdocs').setLevel(logging.WARNING)
    cfg = load_config(str(root/'mkdocs.yml'), nav=nav, strict=True)
    try: build(cfg)
    except Abort as e: sys.exit(f'FAIL: mkdocs --strict: {e}')
    n, errors = check_links(site)
    errors = [f'API page: {e}' for e in IMPORT_ERRORS] + errors
    ext = len(set(l for f in site.rglob('*.html') for l in re.findall(r'href="(https?://[^"]+)"', f.read_text(errors='replace'))))
    print('\n'.join(errors[:50]))
    print(f'links: {n} local links checked, {len(errors) - len(IMPORT_ERRORS)} broken; {ext} distinct external links not checked (no network)')
    print(f'site: {site}/index.html, built in {time.time()-t0:.0f}s')
    sys.exit(1 if errors else 0)

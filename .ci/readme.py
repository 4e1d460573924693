"""Write README.md from nbs/index.ipynb (markdown cells; code cells unless hidden). nbdev_readme needs quarto, which we do not install."""
import json, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs/index.ipynb').read_text())
out = []
for c in nb['cells']:
    src = ''.join(c['source'])
    if c['cell_type'] == 'markdown':
        if src.startswith('# ') and not out:  # title + '> summary' lines
            lines = src.splitlines(); out.append(lines[0]); rest = '\n'.join(lines[1:]).strip()
            if rest: out.append(rest)
        else: out.append(src)
    elif not src.lstrip().startswith('#| hide'): out.append('```python\n' + src + '\n```')
text = '<!-- generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, then `make docs` -->\n\n' + '\n\n'.join(out) + '\n'
if '--check' in sys.argv:
    ok = (root/'README.md').exists() and (root/'README.md').read_text() == text
    print('README.md is up to date' if ok else 'FAIL: README.md is stale; run `make docs`'); sys.exit(0 if ok else 1)
(root/'README.md').write_text(text); print('wrote README.md')

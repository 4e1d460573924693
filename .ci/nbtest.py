"""Run every notebook's tests with nbdev's own runner, time each, and close with 'N passed, N failed'."""
import argparse, sys, time
from nbdev.config import get_config
from nbdev.doclinks import nbglob
from nbdev.test import test_nb, _keep_file
from fastcore.parallel import parallel
from fastcore.xtras import working_directory

p = argparse.ArgumentParser()
p.add_argument('--path', default=None, help='a notebook or glob (default: all)')
p.add_argument('--flags', default='', help='test flags to run that are normally skipped')
p.add_argument('--n_workers', type=int, default=2)
a = p.parse_args()
cfg = get_config()
files = [f.absolute() for f in sorted(nbglob(a.path, as_path=True)) if _keep_file(f, '.notest')]
if not files: sys.exit('no notebooks found to test')
t0 = time.time()
with working_directory(cfg.nbs_path):
    res = parallel(test_nb, files, skip_flags=cfg.tst_flags.split(), force_flags=a.flags.split(),
                   n_workers=min(a.n_workers, len(files)), basepath=cfg.config_path, pause=0.01, do_print=False)
for f, (ok, t) in sorted(zip(files, res), key=lambda o: -o[1][1]):
    print(f"{'ok  ' if ok else 'FAIL'} {t:7.1f}s  {f.name}")
npass = sum(ok for ok, _ in res)
print(f"total {time.time()-t0:.0f}s")
print(f"notebooks: {npass} passed, {len(res)-npass} failed")
sys.exit(0 if npass == len(res) else 1)

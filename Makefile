# medgan: the two commands are `make train` (main job on the built-in phantom) and `make test`.
# Both create .venv and install the pinned dependencies on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The torch build to install. The default is the CPU wheel these machines resolve locally;
# for a CUDA build use e.g. `make install TORCH="torch==2.13.0 --index-url https://download.pytorch.org/whl/cu126"`.
TORCH ?= torch==2.13.0
STAMP := $(VENV)/.medgan-installed
DOCS_STAMP := $(VENV)/.medgan-docs-installed
# `make lab LAB_ARGS=--no-browser` on a remote machine; root (e.g. in a container) needs --allow-root
LAB_ARGS ?=
EPOCHS ?=
# Test processes use one torch/BLAS thread each: nbdev_test runs notebooks in parallel on the cores.
TEST_ENV := OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MPLBACKEND=Agg PYTHONHASHSEED=0

.PHONY: install test check train bench gpu-check docs lab clean-venv

install: $(STAMP)

$(STAMP): settings.ini setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check $(TORCH)
	$(BIN)/pip install -q --disable-pip-version-check -e ".[dev]"
	$(BIN)/python -c "import torch; want='$(TORCH)'.split()[0].partition('==')[2]; v=torch.__version__.split('+')[0]; assert not want or v==want, f'torch {v} installed, {want} pinned'; print('torch', torch.__version__)"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

# Tests: every notebook under nbdev_test (smoke configurations), then the nbdev invariants.
test: install
	$(TEST_ENV) $(BIN)/python .ci/nbtest.py $(if $(NB),--path $(NB))
	PATH=$(abspath $(BIN)):$$PATH bash .ci/nbdev_check.sh

check: install
	PATH=$(abspath $(BIN)):$$PATH bash .ci/nbdev_check.sh

# The main job: pix2pix MRI->CT on the built-in phantom, recorded as an output notebook.
train: install
	mkdir -p runs
	MPLBACKEND=Agg $(BIN)/papermill nbs/train_pix2pix.ipynb runs/train_pix2pix.ipynb $(if $(EPOCHS),-p epochs $(EPOCHS))

bench: install
	mkdir -p runs
	MPLBACKEND=Agg $(BIN)/papermill nbs/bench.ipynb runs/bench.ipynb

# The prepared GPU check (issue 16): every system under CUDA autocast at its GPU configuration, resume, 256³ HA-GAN generation.
# Without CUDA it runs the same code at tiny sizes in bf16 on the CPU. On a lent GPU machine without the venv:
# `python3 -m medgan.bench gpu-check --out $$OUT/gpu_check.json` (imports only torch and numpy).
gpu-check: install
	mkdir -p runs
	$(BIN)/python -m medgan.bench gpu-check --out runs/gpu_check.json

# The docs site: README.md from nbs/index.ipynb, then the static HTML site in _docs/ (home = README, every notebook with
# its committed pictures, an API page per module), built with mkdocs --strict and its local links checked.
# The `docs` extra (mkdocs, mkdocs-jupyter, mkdocs-material; pure Python, no Quarto) is installed on first use only.
docs: install $(DOCS_STAMP)
	$(BIN)/python .ci/readme.py
	$(BIN)/python .ci/docs.py

$(DOCS_STAMP): $(STAMP)
	$(BIN)/pip install -q --disable-pip-version-check -e ".[docs]"
	$(BIN)/python -c "import torch; want='$(TORCH)'.split()[0].partition('==')[2]; v=torch.__version__.split('+')[0]; assert not want or v==want, f'torch {v} installed, {want} pinned'"
	touch $(DOCS_STAMP)

# JupyterLab (the dev extra) on the notebooks; it prints the URL with its token.
lab: install
	@echo "JupyterLab on nbs/ (stop with Ctrl-C): open the http://localhost:PORT/lab?token=... URL it prints below (port 8888 unless taken)"
	$(BIN)/jupyter lab --ServerApp.root_dir=nbs $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

clean-venv:
	rm -rf $(VENV)

// MathJax 2 local config for the docs site: jupyter-server-mathjax ships only the STIX-Web fonts, so use them
// (without this, HTML-CSS asks for the TeX fonts, which are not there).
MathJax.Hub.Config({"HTML-CSS": {availableFonts: ["STIX-Web"], preferredFont: "STIX-Web", webFont: "STIX-Web", imageFont: null}});
MathJax.Ajax.loadComplete("[MathJax]/config/local/medgan.js");

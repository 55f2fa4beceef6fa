# helper: replace items (matched by answer prefix) and rewrite module file
import importlib, sys
def revise(mod, var, changes):
    m = importlib.import_module(mod)
    items = list(getattr(m, var))
    for prefix, new in changes:
        hits = [i for i,(l,a,s) in enumerate(items) if a.startswith(prefix)]
        assert len(hits) == 1, (prefix, hits)
        items[hits[0]] = new
    with open(mod + '.py', 'w', encoding='utf-8') as f:
        f.write(var + ' = [\n')
        for it in items:
            f.write('    ' + repr(it) + ',\n')
        f.write(']\n')

# Cuts intl_pluralrules' src/rules.rs down to the languages in KEEP (see vendor/README.md).
import re,sys
src=open(sys.argv[1]).read()
def code(s): return sum(ord(c)<<(8*i) for i,c in enumerate(s))
KEEP = ['ar', 'en', 'es', 'fr', 'zh']
keep={code(l):l for l in KEEP}
out=[];kept={}
head,rest=src.split('pub const PRS_CARDINAL',1)
out.append(head)
for table in ['PRS_CARDINAL','PRS_ORDINAL']:
    m=re.search(r'pub const '+table+r': &\[\(LanguageIdentifier, PluralRule\)\] = &\[\n(.*?)\n\];\n',src,re.S)
    body=m.group(1)
    entries=re.split(r'(?m)^    \(\n',body)
    assert entries[0]==''
    sel=[]
    for e in entries[1:]:
        mm=re.match(r'\s*langid!\(subtags::Language::from_raw_unchecked\((\d+)u64\), None, None\)',e)
        if mm and int(mm.group(1)) in keep:
            sel.append('    (\n'+e); kept.setdefault(table,[]).append(keep[int(mm.group(1))])
    out.append('pub const '+table+': &[(LanguageIdentifier, PluralRule)] = &[\n'+''.join(sel).rstrip('\n')+'\n];\n')
print(kept,file=sys.stderr)
open(sys.argv[2],'w').write(''.join(out))

#!/usr/bin/env bash
# Rebuilds assets/fonts/NotoSerifCJK-Chanyuan.otf: Noto Serif CJK TC (SIL OFL 1.1) cut down to
# Latin, punctuation and the Chinese characters the game's text and scenarios use, so the
# repository stays small. Run it after adding names in characters to levels/ or src/.
# Needs Debian's fonts-noto-cjk and fonttools (pip install fonttools).
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
src=/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc
[ -f "$src" ] || { apt-get install -y -qq fonts-noto-cjk >/dev/null; }
command -v pyftsubset >/dev/null || pip install -q fonttools
chars=$(mktemp)
# Every non-ASCII character in the scenarios, the window's source, its words in every language
# (assets/locales/*/*.ftl) and the glossary, plus extra names.
cat levels/*.ron levels/*/*.ron levels/*/*/*.ron src/gui/*.rs src/gui/*/*.rs src/rules/glossary.rs src/rules/encyclopedia.rs \
    assets/locales/*/*.ftl 2>/dev/null \
    | python3 -c 'import sys; t=sys.stdin.read(); print("".join(sorted(set(c for c in t if ord(c)>127))))' > "$chars"
# Common characters for later scenarios and mods: the numerals, directions, ranks and the dynasties.
echo "一二三四五六七八九十百千萬年月日東西南北宋遼金夏州城關河山江京王帝后太宗仁英神哲徽欽聖興道" >> "$chars"
pyftsubset "$src" --font-number=3 --text-file="$chars" \
    --unicodes="U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2193,U+2260,U+2713,U+2717,U+25A0-25CF,U+3000-303F,U+FF01-FF5E" \
    --layout-features='*' --output-file=assets/fonts/NotoSerifCJK-Chanyuan.otf
rm -f "$chars"
ls -l assets/fonts/NotoSerifCJK-Chanyuan.otf

#!/usr/bin/env bash
# Rebuilds assets/fonts/NotoSerifCJK-Chanyuan.otf: Noto Serif CJK SC (SIL OFL 1.1) cut down to
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
# Every non-ASCII character in the scenarios, the window's source, the rules' source (the
# glossary, names written in the code), every language's words (assets/locales/*/*.ftl), plus extra names.
cat levels/*.ron levels/*/*.ron levels/*/*/*.ron src/gui/*.rs src/gui/*/*.rs src/rules/*.rs \
    assets/locales/*/*.ftl 2>/dev/null \
    | python3 -c 'import sys; t=sys.stdin.read(); print("".join(sorted(set(c for c in t if ord(c)>127))))' > "$chars"
# Common characters for later scenarios and mods: the numerals, directions, ranks and the dynasties.
# Both the traditional forms older names are written in and the simplified ones.
echo "一二三四五六七八九十百千萬万年月日旬東东西南北宋遼辽金夏州城關关河山江京王帝后太宗仁英神哲徽欽钦聖圣興兴道" >> "$chars"
# Face 2 of the collection is SC, the simplified Chinese design: its full stop and comma sit
# low at the left as mainland text sets them (TC, face 3, centres them).
# Only the layout features the window's text uses (kerning, ligatures, local forms): the
# vertical and proportional CJK features are left out to keep the file small.
pyftsubset "$src" --font-number=2 --text-file="$chars" \
    --unicodes="U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2193,U+2260,U+2713,U+2717,U+25A0-25CF,U+3000-303F,U+FF01-FF5E" \
    --layout-features='kern,liga,locl,ccmp' --output-file=assets/fonts/NotoSerifCJK-Chanyuan.otf
rm -f "$chars"
ls -l assets/fonts/NotoSerifCJK-Chanyuan.otf

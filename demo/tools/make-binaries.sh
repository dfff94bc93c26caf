#!/usr/bin/env bash
# Regenerates the binary sources of the demo knowledge base (demo/knowledge/) from the templates in
# demo/tools/templates/: DOCX, ODT, PDF and XLSX through LibreOffice, the PNG notice and the JPEG photo
# through ImageMagick, EXIF through exiftool.
#
# Needs (Debian): libreoffice-writer-nogui libreoffice-calc-nogui imagemagick fonts-dejavu-core
#                 libimage-exiftool-perl; for the checks (--check): tesseract-ocr tesseract-ocr-rus poppler-utils
#   apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui \
#       libreoffice-calc-nogui imagemagick fonts-dejavu-core libimage-exiftool-perl \
#       tesseract-ocr tesseract-ocr-rus poppler-utils
#
# Usage: demo/tools/make-binaries.sh [--check]
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
TPL="$HERE/templates"
OUT="$(cd "$HERE/../knowledge" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# ImageMagick 6 or 7, not a stand-in earlier on PATH.
if command -v magick >/dev/null 2>&1; then IM=(magick); elif [ -x /usr/bin/convert ]; then IM=(/usr/bin/convert); else IM=(convert); fi
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
for f in "$FONT" "$FONT_BOLD"; do [ -f "$f" ] || { echo "missing font $f (apt-get install fonts-dejavu-core)" >&2; exit 1; }; done

soffice_convert() { # <filter> <input> <infilter or ''>
  local args=(--headless "-env:UserInstallation=file://$WORK/lo-profile" --convert-to "$1" --outdir "$WORK/lo")
  [ -n "${3:-}" ] && args+=("--infilter=$3")
  soffice "${args[@]}" "$2" >/dev/null 2>&1
}

mkdir -p "$WORK/lo"
echo "== LibreOffice: DOCX, ODT, PDF, XLSX"
soffice_convert 'docx:MS Word 2007 XML' "$TPL/reshenie-kchs-06-2026-04-10.html" 'HTML (StarWriter)'
soffice_convert 'docx:MS Word 2007 XML' "$TPL/postanovlenie-214-2026-04-10.html" 'HTML (StarWriter)'
soffice_convert 'odt:writer8' "$TPL/protokol-kchs-07-2026-04-12.html" 'HTML (StarWriter)'
soffice_convert 'odt:writer8' "$TPL/ocenka-ushcherba-2026-04-15.html" 'HTML (StarWriter)'
soffice_convert 'pdf:writer_pdf_Export' "$TPL/prognoz-pogody-2026-04-09.html" 'HTML (StarWriter)'
soffice_convert 'pdf:writer_pdf_Export' "$TPL/gidrobyulleten-06-2026-04-13.html" 'HTML (StarWriter)'
soffice_convert 'xlsx:Calc MS Excel 2007 XML' "$TPL/pvr-i-sily-2026-04.fods" ''
for f in reshenie-kchs-06-2026-04-10.docx postanovlenie-214-2026-04-10.docx protokol-kchs-07-2026-04-12.odt \
         ocenka-ushcherba-2026-04-15.odt prognoz-pogody-2026-04-09.pdf gidrobyulleten-06-2026-04-13.pdf \
         pvr-i-sily-2026-04.xlsx; do
  [ -s "$WORK/lo/$f" ] || { echo "LibreOffice did not produce $f" >&2; exit 1; }
  cp "$WORK/lo/$f" "$OUT/$f"
done

echo "== PNG: notice to residents (for OCR)"
# One label per line (a multi-line label trips ImageMagick 6's size limit), first line bold and larger,
# the rest regular 32 px; black on white, about 1200 px wide, framed like a printed sheet.
mkdir -p "$WORK/lines"
n=0
while IFS= read -r line; do
  n=$((n + 1))
  if [ "$n" -eq 1 ]; then font="$FONT_BOLD"; size=44; else font="$FONT"; size=32; fi
  "${IM[@]}" -background white -fill black -font "$font" -pointsize "$size" label:"$line" \
    -gravity north -background white -splice 0x14 "$WORK/lines/$(printf '%02d' "$n").png"
  [ "$n" -eq 1 ] && "${IM[@]}" "$WORK/lines/01.png" -gravity south -splice 0x24 "$WORK/lines/01.png"
done < "$TPL/obyavlenie.txt"
"${IM[@]}" "$WORK"/lines/*.png -background white -gravity center -append \
  -bordercolor white -border 70x60 \
  -bordercolor black -border 3 -bordercolor white -border 12 \
  -colorspace Gray -depth 8 -strip -define png:exclude-chunks=date,time \
  "$OUT/obyavlenie-evakuaciya-nizhnie-klyuchi.png"

echo "== JPEG: photo of the flooded crossing, EXIF date and GPS"
W=1024; H=620
"${IM[@]}" -size ${W}x260 gradient:'#9fb7cc-#dfe6ea' "$WORK/sky.png"
"${IM[@]}" -size ${W}x360 gradient:'#7d8a78-#4a5a55' "$WORK/water.png"
"${IM[@]}" "$WORK/sky.png" "$WORK/water.png" -append \
  -fill '#3d4a33' -draw "polygon 0,250 90,205 170,228 260,198 360,222 470,192 560,226 660,200 760,224 860,196 1024,230 1024,262 0,262" \
  -fill '#6b6f70' -draw "rectangle 0,300 1024,304" \
  -stroke '#2b2b2b' -strokewidth 5 \
  -draw "line 40,300 40,268" -draw "line 150,300 150,268" -draw "line 260,300 260,268" -draw "line 370,300 370,268" \
  -draw "line 480,300 480,268" -draw "line 590,300 590,270" -draw "line 700,300 700,272" \
  -draw "line 40,270 700,270" -draw "line 700,272 760,292" \
  -stroke none -fill '#c8c8c8' -draw "rectangle 820,238 836,310" -fill '#d02020' -draw "circle 828,230 828,206" \
  -fill white -draw "rectangle 814,222 842,238" \
  -fill '#8fa0a0' -draw "polygon 0,330 1024,316 1024,324 0,340" -draw "polygon 0,420 1024,400 1024,406 0,428" \
  -attenuate 0.35 +noise Gaussian -blur 0x0.6 "$WORK/scene.png"
# Caption strip: 30 px text on white, large enough for tesseract to read it under the picture.
"${IM[@]}" -size ${W}x130 xc:white -fill black -font "$FONT" -pointsize 30 \
  -annotate +30+50 'Переправа у с. Ключи: низководный мост под водой' \
  -annotate +30+90 '11.04.2026 09:42. Фото: ЕДДС Заречного района' "$WORK/caption.png"
"${IM[@]}" "$WORK/scene.png" "$WORK/caption.png" -append -strip -sampling-factor 4:2:0 -quality 80 \
  "$OUT/pereprava-klyuchi-2026-04-11.jpg"
exiftool -q -overwrite_original -m \
  -Make='Samsung' -Model='SM-A525F' \
  -DateTimeOriginal='2026:04:11 09:42:00' -CreateDate='2026:04:11 09:42:00' -ModifyDate='2026:04:11 09:42:00' \
  -OffsetTimeOriginal='+03:00' -OffsetTime='+03:00' \
  -GPSLatitude=53.081700 -GPSLatitudeRef=N -GPSLongitude=38.204900 -GPSLongitudeRef=E \
  -GPSAltitude=142 -GPSAltitudeRef=0 \
  -ImageDescription='Flooded low-water bridge at Klyuchi, Sosna river' \
  -XMP-dc:Title='Переправа у с. Ключи, 11.04.2026' \
  -XMP-dc:Description='Низководный мост через р. Сосна у с. Ключи под водой, вид с правого берега. Фото оперативной группы ЕДДС Заречного района.' \
  -XMP-dc:Creator='ЕДДС Заречного района' \
  "$OUT/pereprava-klyuchi-2026-04-11.jpg"

echo "== sizes"
ls -l "$OUT"/*.docx "$OUT"/*.odt "$OUT"/*.pdf "$OUT"/*.xlsx "$OUT"/*.png "$OUT"/*.jpg

if [ "${1:-}" = "--check" ]; then
  echo "== check: OCR of the notice"
  tesseract "$OUT/obyavlenie-evakuaciya-nizhnie-klyuchi.png" stdout -l rus 2>/dev/null
  echo "== check: OCR of the photo caption"
  tesseract "$OUT/pereprava-klyuchi-2026-04-11.jpg" stdout -l rus+eng 2>/dev/null
  echo "== check: EXIF"
  exiftool -DateTimeOriginal -OffsetTimeOriginal -GPSLatitude -GPSLongitude -GPSPosition -n "$OUT/pereprava-klyuchi-2026-04-11.jpg"
  echo "== check: PDF text"
  for f in "$OUT"/*.pdf; do echo "--- $f: $(pdfinfo "$f" | awk '/^Pages/{print $2}') pages"; pdftotext -layout "$f" - | sed -n '1,12p'; done
  echo "== check: office documents back to text"
  mkdir -p "$WORK/back"
  for f in "$OUT"/*.docx "$OUT"/*.odt; do
    soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" --convert-to txt:Text --outdir "$WORK/back" "$f" >/dev/null 2>&1
    echo "--- $f"; head -c 400 "$WORK/back/$(basename "${f%.*}").txt"; echo
  done
  for sheet in 1 2 3; do
    soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" \
      --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,$sheet" \
      --outdir "$WORK/back" "$OUT/pvr-i-sily-2026-04.xlsx" >/dev/null 2>&1 || true
  done
  echo "--- xlsx sheets"; for f in "$WORK"/back/pvr-i-sily-2026-04*.csv; do echo "[$f]"; head -n 4 "$f"; done
fi

#!/usr/bin/env bash
# Writes the same Arabic receipt with PDFsharp alone, with the portal's renderer and with SkiaSharp + HarfBuzz, and
# prints each one's median render time, size and whether its text reads back in logical order (docs/adr/0007).
# Optional: the number of renders per option (default 50).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/PdfOptions -- "$@"

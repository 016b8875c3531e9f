#!/usr/bin/env python3
"""Writes a text-only PDF of N pages, 40 full lines each and a page number at the foot (Helvetica, no fonts embedded):
the PDF of docs/PERFORMANCE.md's page-scaling rows. Its lines never break into paragraphs, so one paragraph runs on
over many pages, the case that was quadratic.

usage: scripts/make-text-pdf.py N OUTPUT.pdf
"""
import sys
n=int(sys.argv[1]); out=sys.argv[2]
objs=[]
objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
kids=" ".join(f"{3+2*i} 0 R" for i in range(n))
objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
font=3+2*n
for i in range(n):
    lines=[]
    for l in range(40):
        lines.append(f"BT /F1 11 Tf 72 {760-17*l} Td (Paragraph {i}.{l}: the district spent its budget on schools, roads and care for the old.) Tj ET")
    lines.append(f"BT /F1 9 Tf 300 30 Td ({i+1}) Tj ET")
    data="\n".join(lines).encode()
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4+2*i} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
    objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
pdf=bytearray(b"%PDF-1.4\n"); offs=[]
for i,o in enumerate(objs):
    offs.append(len(pdf)); pdf+=f"{i+1} 0 obj\n".encode()+o+b"\nendobj\n"
x=len(pdf); pdf+=f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
for o in offs: pdf+=f"{o:010d} 00000 n \n".encode()
pdf+=f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
open(out,"wb").write(pdf)

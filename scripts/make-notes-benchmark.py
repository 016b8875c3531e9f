#!/usr/bin/env python3
"""Writes reports with N footnotes as Markdown, plain text and HTML, and an HTML page of N links (links-N.html), for
docs/PERFORMANCE.md's notes rows.

usage: scripts/make-notes-benchmark.py N OUTPUT_FOLDER
"""
import os
import sys

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
paragraphs = [f"第{i}项工作按计划推进，完成情况良好" for i in range(1, n + 1)]

with open(os.path.join(out, f"notes-{n}.md"), "w", encoding="utf-8") as f:
    f.write("# 关于工作情况的报告\n\n## 一、总体情况\n\n")
    f.writelines(f"{p}[^{i}]。\n\n" for i, p in enumerate(paragraphs, 1))
    f.writelines(f"[^{i}]: 第{i}条注释。\n" for i in range(1, n + 1))

with open(os.path.join(out, f"notes-{n}.txt"), "w", encoding="utf-8") as f:
    f.write("关于工作情况的报告\n\n一、总体情况\n\n")
    f.writelines(f"{p}{str(i).translate(sup)}。\n\n" for i, p in enumerate(paragraphs, 1))
    f.write("注释：\n")
    f.writelines(f"{str(i).translate(sup)} 第{i}条注释。\n" for i in range(1, n + 1))

with open(os.path.join(out, f"notes-{n}.html"), "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>报告</title></head><body>"
            "<h1>关于工作情况的报告</h1><h2>一、总体情况</h2>\n")
    f.writelines(f"<p>{p}<a href=\"#fn{i}\" class=\"footnote-ref\" id=\"fnref{i}\" role=\"doc-noteref\"><sup>{i}</sup></a>。</p>\n"
                 for i, p in enumerate(paragraphs, 1))
    f.write("<section class=\"footnotes\" role=\"doc-endnotes\"><ol>\n")
    f.writelines(f"<li id=\"fn{i}\"><p>第{i}条注释。<a href=\"#fnref{i}\" class=\"footnote-back\">↩︎</a></p></li>\n" for i in range(1, n + 1))
    f.write("</ol></section></body></html>\n")

with open(os.path.join(out, f"links-{n}.html"), "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Links</title></head><body><h1>Report of links</h1>\n")
    f.writelines(f"<p>See the report <a href=\"https://example.org/reports/2025/{i}.html\">report number {i}</a> here.</p>\n" for i in range(1, n + 1))
    f.write("</body></html>\n")

// ReportPipeline serve: uploads each chosen report, follows its conversion through server-sent events, and shows
// the outline, notes, warnings, a preview and the downloads. No framework; every text is in both languages.
"use strict";

const STRINGS = {
  en: {
    "title": "ReportPipeline — convert reports",
    "heading": "Convert reports",
    "intro": "Drop report files (text, PDF, Word, HTML, Markdown) or a folder here. Each is converted on this computer to Markdown, HTML, Word and JSON.",
    "choose": "1. Choose what to make", "outputs": "Outputs",
    "fmt-docx": "Word (.docx)", "fmt-html": "Web page (.html)", "fmt-md": "Markdown (.md)", "fmt-json": "Data (.json)",
    "template": "Office template (optional, .docx)", "template-note": "The Word files take its styles, page setup and footers.",
    "drop-heading": "2. Add reports", "drop": "Drop files or a folder here, or choose them:",
    "pick-files": "Report files", "pick-folder": "A folder of reports", "limit": "Up to {n} MB a file.",
    "results": "3. Results", "download-all": "Download all (zip)", "clear": "Clear the list and delete the files",
    "footer": "Files stay on this computer and are deleted an hour after converting, when cleared, or when the server stops.",
    "uploading": "Uploading…", "queued": "Waiting to convert…", "converting": "Converting…", "done": "Converted",
    "failed": "Failed", "cancelled": "Cancelled: the server stopped", "template-failed": "The template was not accepted: {e}",
    "template-ready": "Template {name} will be used.",
    "summary-status": "{done} of {total} converted, {failed} failed, {busy} in progress.",
    "outline": "Outline ({n} headings)", "no-outline": "No headings were found.",
    "notes": "Notes: {n} defined, {r} references", "unreferenced": "not referenced", "unmatched": "Markers without a note:",
    "warnings": "Warnings ({n})", "no-warnings": "No warnings.",
    "page": "page {n}", "line": "line {n}", "lines": "lines {a}–{b}",
    "preview": "Preview", "preview-title": "Preview of {name}",
    "download": "Download", "zip": "All as zip", "remove": "Remove", "removed": "{name} removed.",
    "no-files": "No report files were found in what was dropped.",
    "connection": "Lost the connection to the server; retrying…",
  },
  zh: {
    "title": "ReportPipeline — 报告转换",
    "heading": "报告转换",
    "intro": "把报告文件（文本、PDF、Word、HTML、Markdown）或整个文件夹拖到这里。每份报告都在本机转换为 Markdown、HTML、Word 和 JSON。",
    "choose": "一、选择输出", "outputs": "输出格式",
    "fmt-docx": "Word（.docx）", "fmt-html": "网页（.html）", "fmt-md": "Markdown（.md）", "fmt-json": "数据（.json）",
    "template": "公文模板（可选，.docx）", "template-note": "Word 文件采用模板的样式、页面设置和页脚。",
    "drop-heading": "二、添加报告", "drop": "把文件或文件夹拖到这里，或者选择：",
    "pick-files": "报告文件", "pick-folder": "报告文件夹", "limit": "每个文件不超过 {n} MB。",
    "results": "三、转换结果", "download-all": "全部下载（zip）", "clear": "清空列表并删除文件",
    "footer": "文件只保存在本机，转换一小时后、清空列表时或服务停止时删除。",
    "uploading": "正在上传…", "queued": "等待转换…", "converting": "正在转换…", "done": "已转换",
    "failed": "转换失败", "cancelled": "已取消：服务已停止", "template-failed": "模板未被接受：{e}",
    "template-ready": "将使用模板 {name}。",
    "summary-status": "共 {total} 份，已转换 {done} 份，失败 {failed} 份，进行中 {busy} 份。",
    "outline": "目录（{n} 个标题）", "no-outline": "没有找到标题。",
    "notes": "注释：{n} 条，引用 {r} 处", "unreferenced": "未被引用", "unmatched": "找不到注释的标记：",
    "warnings": "提示（{n} 条）", "no-warnings": "没有提示。",
    "page": "第 {n} 页", "line": "第 {n} 行", "lines": "第 {a}–{b} 行",
    "preview": "预览", "preview-title": "{name} 的预览",
    "download": "下载", "zip": "全部（zip）", "remove": "移除", "removed": "已移除 {name}。",
    "no-files": "拖入的内容中没有报告文件。",
    "connection": "与服务的连接中断，正在重试…",
  },
};
const lang = (document.documentElement.lang || navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
const FORMAT_NAMES = { docx: "Word", html: "HTML", md: "Markdown", json: "JSON" };
const EXTENSIONS = [".txt", ".pdf", ".docx", ".html", ".htm", ".md", ".markdown"];

function t(key, values) {
  let text = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  for (const [k, v] of Object.entries(values || {})) text = text.replaceAll(`{${k}}`, v);
  return text;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v; else node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

const rows = new Map();          // key (upload id, or a local key while uploading) → row state
let templateUpload = Promise.resolve(null);
let localKeys = 0;

function translatePage() {
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t, { n: node.dataset.n ?? "" });
  document.title = t("title");
}

// ---- choosing and dropping files ----

function formats() {
  return [...document.querySelectorAll("input[name=format]:checked")].map(i => i.value);
}

async function filesFromDrop(dataTransfer) {
  const entries = [...dataTransfer.items].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  if (entries.length === 0) return { files: [...dataTransfer.files], fromFolder: false };
  const files = [];
  let fromFolder = false;
  async function walk(entry) {
    if (entry.isFile) files.push(await new Promise((ok, fail) => entry.file(ok, fail)));
    else if (entry.isDirectory) {
      fromFolder = true;
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  }
  for (const entry of entries) await walk(entry);
  return { files, fromFolder };
}

function isReport(file) {
  const name = file.name.toLowerCase();
  return EXTENSIONS.some(e => name.endsWith(e));
}

function addFiles(files, fromFolder) {
  // A folder holds other files too; files chosen one by one are all sent, so a wrong one gets its message.
  const chosen = fromFolder ? files.filter(isReport) : files;
  if (chosen.length === 0) { announce(t("no-files")); return; }
  for (const file of chosen) upload(file);
}

// ---- uploading ----

function upload(file) {
  const key = `local-${++localKeys}`;
  const row = createRow(key, file.webkitRelativePath || file.name);
  setState(row, "uploading");
  templateUpload.then(templateId => {
    const query = new URLSearchParams({ name: file.name, formats: formats().join(",") });
    if (templateId) query.set("template", templateId);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/uploads?${query}`);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = e => { if (e.lengthComputable) row.progress.value = Math.round(100 * e.loaded / e.total); };
    request.onload = () => {
      if (request.status === 202) {
        const state = JSON.parse(request.responseText);
        rows.delete(key);
        const existing = rows.get(state.id);
        if (existing) { row.li.remove(); } else { row.id = state.id; row.li.dataset.id = state.id; rows.set(state.id, row); update(row, state); }
      } else {
        fail(row, request.responseText || `${file.name}: HTTP ${request.status}`);
      }
      refreshStatus();
    };
    request.onerror = () => { fail(row, `${file.name}: ${t("connection")}`); refreshStatus(); };
    request.send(file);
  });
}

function uploadTemplate(file) {
  const query = new URLSearchParams({ name: file.name });
  templateUpload = fetch(`/api/templates?${query}`, { method: "POST", body: file, headers: { "Content-Type": "application/octet-stream" } })
    .then(async response => {
      if (!response.ok) { announce(t("template-failed", { e: await response.text() })); return null; }
      const template = await response.json();
      announce([t("template-ready", { name: template.name }), template.warning].filter(Boolean).join(" "));
      return template.id;
    })
    .catch(() => null);
}

// ---- rows ----

function createRow(key, name) {
  const headingId = `h-${key}`;
  const li = el("li", { class: "report", "data-key": key });
  const article = el("article", { "aria-labelledby": headingId });
  const heading = el("h3", { id: headingId, tabindex: "-1", text: name });
  const stateText = el("span", { class: "state-text" });
  const progress = el("progress", { max: "100", value: "0", "aria-label": name });
  const state = el("p", { class: "state" }, stateText, " ", progress);
  const error = el("p", { class: "error", hidden: true });
  const body = el("div", { class: "result" });
  const remove = el("button", { type: "button", class: "secondary remove", text: t("remove") });
  article.append(heading, state, error, body, remove);
  li.append(article);
  document.getElementById("results").append(li);
  document.getElementById("all-actions").hidden = false;
  const row = { key, id: null, name, li, heading, stateText, progress, error, body, state: null };
  rows.set(key, row);
  remove.addEventListener("click", () => removeRow(row));
  return row;
}

function setState(row, state) {
  row.state = state;
  row.li.dataset.state = state;
  row.stateText.textContent = t(state);
  row.progress.hidden = !(state === "uploading" || state === "queued" || state === "converting");
  if (state === "queued" || state === "converting") row.progress.removeAttribute("value");
}

function fail(row, message) {
  setState(row, "failed");
  row.error.textContent = message;
  row.error.hidden = false;
}

function update(row, upload) {
  row.name = upload.name;
  if (upload.state === "failed") { fail(row, upload.error); return; }
  setState(row, upload.state);
  if (upload.state === "done" && !row.rendered) { row.rendered = true; renderResult(row, upload); }
}

function where(d) {
  if (d.page) return t("page", { n: d.page });
  if (d.startLine === undefined || d.startLine === null) return "";
  return d.startLine === d.endLine || !d.endLine ? t("line", { n: d.startLine }) : t("lines", { a: d.startLine, b: d.endLine });
}

function renderOutline(outline) {
  const root = el("ol", { class: "outline" });
  const stack = [{ level: 0, list: root }];
  for (const h of outline) {
    while (stack.length > 1 && stack[stack.length - 1].level >= h.level) stack.pop();
    const item = el("li", { text: [h.label, h.title].filter(Boolean).join(" ") });
    stack[stack.length - 1].list.append(item);
    const sub = el("ol");
    item.append(sub);
    stack.push({ level: h.level, list: sub });
  }
  for (const empty of root.querySelectorAll("ol:empty")) empty.remove();
  return root;
}

function renderResult(row, upload) {
  const s = upload.summary, id = upload.id;
  const downloads = el("p", { class: "downloads" }, el("span", { text: `${t("download")}: ` }));
  for (const f of upload.formats)
    downloads.append(el("a", { href: `/api/uploads/${id}/files/${f}`, download: "", "data-format": f, text: FORMAT_NAMES[f] ?? f, "aria-label": `${t("download")} ${FORMAT_NAMES[f] ?? f}: ${upload.name}` }), " ");
  downloads.append(el("a", { href: `/api/uploads/${id}/zip`, download: "", class: "zip", text: t("zip"), "aria-label": `${t("zip")}: ${upload.name}` }));

  const headings = s.outline.length;
  const outline = el("details", { class: "outline-section" },
    el("summary", { text: t("outline", { n: headings }), "data-count": headings }),
    headings ? renderOutline(s.outline) : el("p", { text: t("no-outline") }));

  const notes = s.footnotes;
  const noteList = el("ol", { class: "notes" });
  for (const n of notes.notes ?? []) {
    const item = el("li", { "data-references": n.references },
      el("span", { class: "where", text: n.marker }),
      document.createTextNode(n.text.length > 240 ? n.text.slice(0, 240) + "…" : n.text));
    if (!n.references) item.append(el("span", { class: "flag unreferenced", text: t("unreferenced") }));
    noteList.append(item);
  }
  const notesSection = el("details", { class: "notes-section" },
    el("summary", { class: "note-count", "data-count": notes.defined, text: t("notes", { n: notes.defined, r: notes.references }) }), noteList);
  if (notes.unmatchedMarkers.length) {
    const unmatched = el("ul", { class: "unmatched" });
    for (const m of notes.unmatchedMarkers) unmatched.append(el("li", {}, el("span", { class: "flag", text: "!" }), ` ${m}`));
    notesSection.append(el("p", { text: t("unmatched") }), unmatched);
  }

  const warningList = el("ul", { class: "warnings" });
  for (const d of s.diagnostics)
    warningList.append(el("li", { "data-severity": d.severity }, el("span", { class: "where", text: where(d) }), `${d.message} [${d.code}]`));
  const warnings = el("details", { class: "warnings-section" },
    el("summary", { "data-count": s.diagnostics.length, text: t("warnings", { n: s.diagnostics.length }) }),
    s.diagnostics.length ? warningList : el("p", { text: t("no-warnings") }));

  const preview = el("details", { class: "preview-section" }, el("summary", { text: t("preview") }));
  preview.addEventListener("toggle", () => {
    if (preview.open && !preview.querySelector("iframe"))
      preview.append(el("iframe", { sandbox: "", src: `/api/uploads/${id}/preview`, title: t("preview-title", { name: upload.name }) }));
  });
  row.body.replaceChildren(downloads, outline, notesSection, warnings, preview);
}

async function removeRow(row) {
  const items = [...document.querySelectorAll("#results > li")];
  const next = items[items.indexOf(row.li) + 1] ?? items[items.indexOf(row.li) - 1];
  if (row.id) await fetch(`/api/uploads/${row.id}`, { method: "DELETE" });
  rows.delete(row.id ?? row.key);
  row.li.remove();
  announce(t("removed", { name: row.name }));
  const target = next && next !== row.li ? next.querySelector("h3") : document.getElementById("results-heading");
  target.focus();
  showActions(); // the removal stays announced; the next change announces the counts again
}

function showActions() { document.getElementById("all-actions").hidden = rows.size === 0; }

// ---- status ----

function announce(text) { document.getElementById("status").textContent = text; }

let statusTimer = null;
function refreshStatus() {
  // Screen readers hear a count now and then, not every file's every step.
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    const all = [...rows.values()];
    showActions();
    if (all.length === 0) return;
    const count = s => all.filter(r => r.state === s).length;
    announce(t("summary-status", {
      total: all.length, done: count("done"), failed: count("failed") + count("cancelled"),
      busy: count("uploading") + count("queued") + count("converting"),
    }));
  }, 300);
}

function listen() {
  const events = new EventSource("/api/events");
  events.onmessage = e => {
    const upload = JSON.parse(e.data);
    let row = rows.get(upload.id);
    if (!row) {
      // After a reload the server still holds this browser's uploads.
      row = createRow(upload.id, upload.name);
      rows.delete(upload.id);
      row.id = upload.id; row.li.dataset.id = upload.id;
      rows.set(upload.id, row);
    }
    update(row, upload);
    refreshStatus();
  };
}

// ---- start ----

document.addEventListener("DOMContentLoaded", () => {
  translatePage();
  listen();
  const files = document.getElementById("files"), folder = document.getElementById("folder");
  files.addEventListener("change", () => { addFiles([...files.files], false); files.value = ""; });
  folder.addEventListener("change", () => { addFiles([...folder.files], true); folder.value = ""; });
  const template = document.getElementById("template");
  template.addEventListener("change", () => { if (template.files[0]) uploadTemplate(template.files[0]); else templateUpload = Promise.resolve(null); });
  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async e => {
    e.preventDefault();
    drop.classList.remove("over");
    const { files: dropped, fromFolder } = await filesFromDrop(e.dataTransfer);
    addFiles(dropped, fromFolder);
  });
  document.getElementById("clear").addEventListener("click", async () => {
    for (const row of [...rows.values()]) { if (row.id) await fetch(`/api/uploads/${row.id}`, { method: "DELETE" }); row.li.remove(); }
    rows.clear();
    refreshStatus();
    document.getElementById("results-heading").focus();
  });
});

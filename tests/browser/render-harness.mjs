// Page side of the renderer tests (render.test.mjs, render-endings.test.mjs).
//
// window.oryRender(flow, {options, hooks, key}) renders into a fresh container; hook names listed
// in `hooks` record their calls in window.oryEvents (functions cannot cross the page boundary).
// window.oryDescribe(key) flattens the rendered DOM into plain data the tests assert on.
import "./harness.mjs";

const views = new Map();
window.oryViews = views;
window.oryEvents = [];

function record(name) {
  return (argument) => {
    window.oryEvents.push({ name, argument: argument === undefined ? null : JSON.parse(JSON.stringify(argument)) });
  };
}

function containerFor(key) {
  let container = document.getElementById(`container-${key}`);
  if (!container) {
    container = document.createElement("div");
    container.id = `container-${key}`;
    document.body.append(container);
  }
  return container;
}

function describeError(error) {
  return { isOryError: error instanceof window.ory.OryError, kind: error?.kind, message: error?.message ?? String(error) };
}

window.oryOptions = ({ options = {}, hooks = [] } = {}) => {
  const all = { ...options };
  for (const name of hooks) all[name] = record(name);
  return all;
};

window.oryRender = (flow, spec = {}) => {
  const key = spec.key ?? "main";
  const container = containerFor(key);
  try {
    const view = window.ory.renderFlow(flow, container, window.oryOptions(spec));
    views.set(key, view);
    return { ok: true, kind: view.kind, dom: window.oryDescribe(key) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
};

window.oryStart = async (type, spec = {}) => {
  const key = spec.key ?? "main";
  try {
    const view = await window.ory.startFlow(type, containerFor(key), window.oryOptions(spec));
    views.set(key, view);
    return { ok: true, kind: view.kind, flowId: view.flow?.id ?? null };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
};

function control(element) {
  if (!element) return null;
  return {
    tag: element.localName,
    type: element.getAttribute("type"),
    name: element.getAttribute("name"),
    value: element.value,
    attrValue: element.getAttribute("value"),
    id: element.id,
    checked: element.checked ?? null,
    autocomplete: element.getAttribute("autocomplete"),
    required: element.hasAttribute("required"),
    disabled: element.hasAttribute("disabled"),
    ariaInvalid: element.getAttribute("aria-invalid"),
    describedBy: element.getAttribute("aria-describedby"),
    trigger: element.getAttribute("data-trigger"),
    provider: element.getAttribute("data-provider"),
    group: element.getAttribute("data-group"),
    text: element.textContent,
    options: element.localName === "select" ? [...element.options].map((o) => [o.value, o.textContent]) : null,
  };
}

function messages(list) {
  if (!list) return [];
  return [...list.children].map((item) => ({
    id: item.getAttribute("data-message-id"),
    text: item.textContent,
    className: item.className,
    // `role="alert"` on the item or on the text inside it (which keeps the item in its list).
    role: item.getAttribute("role") ?? item.querySelector("[role]")?.getAttribute("role") ?? null,
  }));
}

function item(element) {
  const described = {
    tag: element.localName,
    className: element.className,
    nodeId: element.getAttribute("data-node-id"),
    text: element.textContent,
    childElements: element.querySelectorAll("*").length,
  };
  if (element.matches("input, button, select")) {
    described.control = control(element);
  } else if (element.matches("div.ory-field")) {
    const field = element.querySelector("input, select, button");
    described.control = control(field);
    const label = element.querySelector(":scope > label");
    described.label = label && { text: label.textContent, for: label.htmlFor, after: label.previousElementSibling === field };
    const list = element.querySelector(":scope > ul.ory-messages");
    described.messages = messages(list);
    described.messagesId = list?.id ?? null;
  } else if (element.matches("img")) {
    described.src = element.getAttribute("src");
    described.alt = element.getAttribute("alt");
    described.width = element.getAttribute("width");
    described.height = element.getAttribute("height");
  } else if (element.matches("a")) {
    described.href = element.getAttribute("href");
  } else if (element.matches("div.ory-text")) {
    described.label = element.querySelector(":scope > p.ory-label")?.textContent ?? null;
    const paragraph = element.querySelector(":scope > p[data-message-id]");
    described.paragraph = paragraph && { id: paragraph.getAttribute("data-message-id"), text: paragraph.textContent };
    described.codes = [...element.querySelectorAll("ul.ory-secret-codes > li > code")].map((code) => code.textContent);
  } else if (element.matches("div.ory-division")) {
    described.attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
  }
  return described;
}

window.oryDescribe = (key = "main") => {
  const container = containerFor(key);
  const root = container.querySelector(":scope > .ory-flow");
  if (!root) return { empty: container.childNodes.length === 0, root: null };
  const form = root.querySelector(":scope > form");
  const all = [...container.querySelectorAll("*")];
  return {
    root: { className: root.className, flowId: root.getAttribute("data-flow-id") },
    childOrder: [...root.children].map((c) => `${c.localName}.${c.className}`),
    notice: [...(root.querySelector(":scope > .ory-notice")?.children ?? [])].map((p) => ({ text: p.textContent, role: p.getAttribute("role"), className: p.className })),
    noticeLive: root.querySelector(":scope > .ory-notice")?.getAttribute("aria-live") ?? null,
    flowMessages: messages(root.querySelector(":scope > ul.ory-messages")),
    card: {
      tag: root.localName,
      labelledBy: root.getAttribute("aria-labelledby"),
      name: root.querySelector(":scope > header > .ory-card-name")?.textContent ?? null,
      title: root.querySelector(":scope > header > h2")?.textContent ?? null,
      titleId: root.querySelector(":scope > header > h2")?.id ?? null,
      subtitle: root.querySelector(":scope > header > .ory-card-subtitle")?.textContent ?? null,
      footer: [...root.querySelectorAll(":scope > footer a")].map((a) => ({ text: a.textContent, href: a.getAttribute("href"), line: a.parentElement.textContent })),
      forgot: [...root.querySelectorAll(".ory-forgot")].map((a) => a.getAttribute("href")),
      dividers: root.querySelectorAll(".ory-divider").length,
    },
    form: form && { novalidate: form.hasAttribute("novalidate"), action: form.getAttribute("action"), method: form.getAttribute("method") },
    hidden: form ? [...form.children].filter((c) => c.localName === "input").map(control) : [],
    formChildren: form ? [...form.children].map((c) => c.localName) : [],
    groups: form
      ? [...form.querySelectorAll(":scope > .ory-group")].map((group) => ({
          group: group.getAttribute("data-group"),
          className: group.className,
          // (A settings section's title is the card's, not a node's.)
          items: [...group.children].filter((child) => !child.matches(".ory-group-title")).map(item),
          title: group.querySelector(":scope > .ory-group-title")?.textContent ?? null,
        }))
      : [],
    ids: all.filter((e) => e.id).map((e) => e.id),
    labels: [...container.querySelectorAll("label")].map((label) => ({
      for: label.htmlFor,
      target: label.htmlFor ? document.getElementById(label.htmlFor)?.getAttribute("name") ?? null : null,
    })),
    visibleControls: form
      ? [...form.querySelectorAll("input:not([type=hidden]), select")].map((input) => ({
          id: input.id,
          name: input.getAttribute("name"),
          labelled: input.id !== "" && container.querySelectorAll(`label[for="${CSS.escape(input.id)}"]`).length === 1,
        }))
      : [],
    tags: [...new Set(all.map((e) => e.localName))].sort(),
    scripts: container.querySelectorAll("script").length,
    documentScripts: document.scripts.length,
    eventAttributes: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)),
    links: [...container.querySelectorAll("a")].map((a) => a.getAttribute("href")),
    images: [...container.querySelectorAll("img")].map((img) => img.getAttribute("src")),
    styleOrFrames: container.querySelectorAll("style, iframe, object, embed, link, meta, base, svg, math").length,
  };
};

window.oryRenderReady = true;

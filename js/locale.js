// Locales of the renderer: which one a page gets (`locale` option, else navigator.languages) and
// loading it. Each locale is a module of its own (./locales/<tag>.js, a JSON object of message
// ids and SDK text keys) imported with a literal dynamic import(), so a bundler puts each into a
// chunk of its own, fetched only when that locale is chosen. English is not a module: it is the
// server's text and the SDK's table in the render module (src/ui/texts.rs).
//
// The locale reaches the renderer as its `translations` map, the app's own `translations` laid
// over it: one map, one lookup in Rust, and no locale byte in any wasm module.

const LOADERS = {
  de: () => import("./locales/de.js"),
  es: () => import("./locales/es.js"),
  fr: () => import("./locales/fr.js"),
  it: () => import("./locales/it.js"),
  ja: () => import("./locales/ja.js"),
  ko: () => import("./locales/ko.js"),
  nl: () => import("./locales/nl.js"),
  pl: () => import("./locales/pl.js"),
  pt: () => import("./locales/pt.js"),
  zh: () => import("./locales/zh.js"),
};

/** The locales shipped in the package, besides English ("en"). */
export const LOCALES = Object.freeze(Object.keys(LOADERS));

const loaded = new Map();

/**
 * The supported locale for a list of BCP 47 tags, in the caller's order of preference: the
 * first tag whose language is shipped (`de-AT` → `de`, `zh-CN` / `zh-Hans-CN` → `zh`), "en" for
 * English, `undefined` when none is. Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) is not
 * matched by the Simplified locale.
 */
export function negotiateLocale(tags) {
  for (const tag of typeof tags === "string" ? [tags] : Array.from(tags ?? [])) {
    if (typeof tag !== "string") continue;
    const parts = tag.toLowerCase().split(/[-_]/);
    const language = parts[0];
    if (language === "en") return "en";
    if (language === "zh" && parts.slice(1).some((part) => ["hant", "tw", "hk", "mo"].includes(part))) continue;
    if (Object.hasOwn(LOADERS, language)) return language;
  }
  return undefined;
}

/** Loads a shipped locale's texts (once per page); rejects for a locale that is not shipped. */
export function loadLocale(locale) {
  if (!Object.hasOwn(LOADERS, locale)) return Promise.reject(new RangeError(`ory-wasm: no locale ${locale}`));
  if (!loaded.has(locale)) {
    const texts = LOADERS[locale]().then((module) => module.default);
    loaded.set(locale, { texts, data: undefined });
    texts.then(
      (data) => {
        loaded.get(locale).data = data;
      },
      // A chunk that failed to load (offline) is tried again next time.
      () => loaded.delete(locale),
    );
  }
  return loaded.get(locale).texts;
}

/**
 * The options the renderer gets: `locale` (or navigator.languages) turned into `translations`,
 * the app's `translations` over the locale's. A locale not loaded yet arrives as a promise of
 * the map, which the renderer awaits before it draws the form; a loaded one as the map itself.
 */
export function withLocale(options) {
  // No options at all still get the page's language.
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object") return options;
  const requested = options.locale ?? globalThis.navigator?.languages ?? globalThis.navigator?.language;
  const locale = negotiateLocale(requested);
  if (locale === undefined || locale === "en") return options;
  const own = options.translations;
  // Not a map (nor a promise of one): the renderer refuses it with its own error.
  if (own !== undefined && own !== null && typeof own !== "object") return options;
  const merge = (data) => (own === undefined || own === null ? data : Promise.resolve(own).then((mine) => ({ ...data, ...mine })));
  const entry = loaded.get(locale);
  let translations;
  if (entry?.data && !(own instanceof Promise)) {
    translations = { ...entry.data, ...own };
  } else {
    translations = loadLocale(locale).then(merge, (error) => {
      console.error(`ory-wasm: the ${locale} locale could not be loaded; showing English`, error);
      return own ?? {};
    });
  }
  // A copy that keeps the options' prototype: a `Configuration` passed as the options reads its
  // basePath through getters, and callbacks may live on a class.
  const localized = Object.assign(Object.create(Object.getPrototypeOf(options)), options);
  localized.translations = translations;
  return localized;
}

/**
 * The text of one SDK key in the language `options` choose (their `translations` first), or
 * `undefined` where none applies (English, or the locale could not be loaded): for texts shown
 * outside the renderer (<ory-flow>'s start failure).
 */
export async function localizedText(key, options) {
  const localized = withLocale(options ?? {});
  try {
    const texts = await localized?.translations;
    const text = texts?.[key];
    return typeof text === "string" ? text : undefined;
  } catch {
    return undefined;
  }
}

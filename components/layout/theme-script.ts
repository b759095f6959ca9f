export const THEME_STORAGE_KEY = "distillscope-theme";

/**
 * Runs inline in <head> before first paint, so the page never flashes the wrong theme.
 * Stored choice wins; otherwise follow prefers-color-scheme.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t?t==="dark":window.matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

/**
 * Hands a chunk's parts to the boot file that fetched it: the boot put a callback on the
 * `<script>` element, which is `document.currentScript` while the chunk runs. Loaded any other
 * way (no callback), a chunk does nothing.
 */
export function register(parts: object): void {
  (document.currentScript as (HTMLScriptElement & { consentry?: (parts: object) => void }) | null)?.consentry?.(parts);
}

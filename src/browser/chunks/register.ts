/**
 * Hands a chunk's exports to the boot file that fetched it: the boot put a callback on the
 * `<script>` element, which is `document.currentScript` while the chunk runs.
 */
export function register(exports: object): void {
  (document.currentScript as (HTMLScriptElement & { consentry?: (exports: object) => void }) | null)?.consentry?.(exports);
}

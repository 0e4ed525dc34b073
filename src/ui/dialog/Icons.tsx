/** A close cross, drawn inline so nothing is fetched. */
export function CloseIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" fill="none" />
    </svg>
  );
}

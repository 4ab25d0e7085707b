/** The app's name and tagline at the left of the header. */
export function Brand({ name, tagline }: { name: string; tagline: string }) {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        ★
      </span>
      <div>
        <div className="brand-name">{name}</div>
        <div className="brand-tagline">{tagline}</div>
      </div>
    </div>
  );
}

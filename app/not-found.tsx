import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow">
      <h1>Not found</h1>
      <p>That page does not exist, or it is not yours to see.</p>
      <Link className="btn" href="/">Back to articles</Link>
    </div>
  );
}

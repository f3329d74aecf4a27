"use client";

import { useState } from "react";

export function RoleSelect({ userId, role, label, disabled }: { userId: string; role: string; label: string; disabled?: boolean }) {
  const [value, setValue] = useState(role);
  const [status, setStatus] = useState<string>("");
  return (
    <span className="row">
      <select
        aria-label={label}
        value={value}
        disabled={disabled}
        onChange={async (e) => {
          const next = e.target.value;
          setStatus("Saving…");
          const res = await fetch(`/api/admin/users/${userId}/role`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ role: next }),
          });
          if (res.ok) {
            setValue(next);
            setStatus("Saved");
          } else {
            setStatus("Could not save");
          }
        }}
        style={{ width: "auto" }}
      >
        <option value="learner">learner</option>
        <option value="teacher">teacher</option>
        <option value="admin">admin</option>
      </select>
      <span role="status" className="muted small">{status}</span>
    </span>
  );
}

"use client";

import { useState } from "react";
import { foundationRoutes } from "@/lib/api/schemas/foundation";
import { call } from "@/lib/client/api";
import type { Role } from "@/lib/domain/user";

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
          try {
            const saved = await call(foundationRoutes["PUT /api/admin/users/{id}/role"], { params: { id: userId }, json: { role: next as Role } });
            setValue(saved.role);
            setStatus("Saved");
          } catch {
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

import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page";
import { listPeople } from "@/lib/app/accounts";
import { RoleSelect } from "@/components/RoleSelect";

export const dynamic = "force-dynamic";
export const metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await pageUser();
  const users = await listPeople(user);
  if (!users) notFound();
  return (
    <>
      <h1>People</h1>
      <p className="muted">Grant TEACHER to let someone import articles, curate questions, build sets and classes.</p>
      <table className="table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td><RoleSelect userId={u.id} role={u.role} label={`Role of ${u.email}`} disabled={u.id === user!.id} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

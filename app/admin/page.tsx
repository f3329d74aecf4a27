import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page";
import { listPeople } from "@/lib/app/accounts";
import { RoleSelect } from "@/components/RoleSelect";
import { ResetLinkButton } from "@/components/account/ResetLinkButton";

export const dynamic = "force-dynamic";
export const metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await pageUser();
  const users = await listPeople(user);
  if (!users) notFound();
  return (
    <>
      <h1>People</h1>
      <p className="muted">
        Grant TEACHER to let someone import articles, curate questions, build sets and classes. Someone locked out or
        without a password? Make them a reset link: it works once, for an hour, and signs out their other sessions.
      </p>
      <table className="table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Password</th></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td><RoleSelect userId={u.id} role={u.role} label={`Role of ${u.email}`} disabled={u.id === user!.id} /></td>
              <td><ResetLinkButton userId={u.id} email={u.email} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

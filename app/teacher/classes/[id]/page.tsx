import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page";
import { canTeach } from "@/lib/domain/permissions";
import { classResults, getClass } from "@/lib/app/classes";
import { QUESTION_TYPE_LABELS } from "@/lib/domain/question-types";
import { TeachersOnly } from "@/components/sets/TeachersOnly";
import { AssignmentForm } from "@/components/classes/AssignmentForm";
import { AssignmentStateBadge } from "@/components/classes/AssignmentState";
import { RemoveAssignmentButton } from "@/components/classes/RemoveAssignmentButton";
import { describeSettings, formatDue } from "@/lib/domain/assignments";
import styles from "@/components/sets/Sets.module.css";
import classStyles from "@/components/classes/Classes.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const percent = (f: number | null) => (f === null ? "—" : `${Math.round(f * 100)}%`);


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await pageUser();
  const klass = user ? await getClass(user, (await params).id) : null;
  return { title: klass?.name ?? "Class" };
}

function Share({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">no answers yet</span>;
  return (
    <span>
      <span className={styles.bar} aria-hidden="true"><span style={{ width: `${Math.round(value * 100)}%` }} /></span>
      {percent(value)}
    </span>
  );
}

export default async function TeacherClassPage({ params }: Props) {
  const user = await pageUser();
  if (!user || !canTeach(user)) return <TeachersOnly title="Class" next="/teacher/classes" signedIn={Boolean(user && !user.isAnonymous)} />;
  const { id } = await params;
  const [klass, results] = await Promise.all([getClass(user, id), classResults(user, id)]);
  if (!klass || klass.viewer !== "teacher" || !results) notFound();
  const members = klass.members ?? [];
  return (
    <>
      <p className="small"><Link href="/teacher/classes">← All classes</Link></p>
      <div className={styles.head}>
        <h1>{klass.name}</h1>
        {klass.teacher.id !== user.id && <span className="muted">taught by {klass.teacher.name}</span>}
      </div>
      <div className={styles.builder}>
        <section className={`card ${styles.codeCard}`} aria-labelledby="code-heading">
          <h2 id="code-heading" className="small muted" style={{ margin: 0, fontSize: "0.95rem" }}>Join code</h2>
          <p className={styles.code} data-testid="join-code">{klass.joinCode}</p>
          <p className="muted small" style={{ margin: 0 }}>
            Learners go to <strong>Classes</strong> in Factdeck and type this code.
          </p>
        </section>
        <section className="card" aria-labelledby="assigned-heading">
          <h2 id="assigned-heading">Assigned sets</h2>
          {klass.sets.length === 0 ? (
            <p className="muted" style={{ margin: 0 }}>
              None yet. Open a set in <Link href="/teacher/sets">Question sets</Link> and assign it to this class.
            </p>
          ) : (
            <div>
              {klass.sets.map((s) => (
                <div key={s.id} className={classStyles.assignmentRow} data-testid="assignment">
                  <div>
                    <Link href={`/teacher/sets/${s.id}`}>{s.title}</Link>{" "}
                    <span className="muted small">· {s.questionCount} questions · {s.visibility.toLowerCase()}</span>
                  </div>
                  <div className="small">{describeSettings(s.settings)}</div>
                  <div className="small">{s.settings.dueAt ? <>Due {formatDue(new Date(s.settings.dueAt), s.settings.dueTimeZone)}</> : <span className="muted">No due date</span>}</div>
                  <details>
                    <summary>Change settings<span className="visually-hidden">: {s.title}</span></summary>
                    <AssignmentForm target={{ kind: "edit", classId: klass.id, setId: s.id }} settings={s.settings} timeZone={user.timeZone} questionTotal={s.questionCount} />
                  </details>
                  <RemoveAssignmentButton classId={klass.id} setId={s.id} title={s.title} />
                </div>
              ))}
            </div>
          )}
        </section>
      </div>

      <section aria-labelledby="learners-heading" style={{ marginTop: "2rem" }}>
        <div className="row" style={{ justifyContent: "space-between" }}>
          <h2 id="learners-heading" style={{ margin: 0 }}>Learners ({members.length})</h2>
          {klass.sets.length > 0 && members.length > 0 && (
            <a className="btn btn-small" href={`/api/classes/${klass.id}/results/csv`} download>
              Download results (CSV)
            </a>
          )}
        </div>
        <p className="small muted">
          Only attempts started from an assignment are compared, and of those the one its settings say counts. Practice on the same set outside the assignment is the learner&apos;s own.
        </p>
        {members.length === 0 ? (
          <p className="muted">Nobody has joined yet.</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className="table">
              <caption className="visually-hidden">Results per learner: the attempt that counts on each assignment</caption>
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  {results.learners[0]?.sets.map((s) => (
                    <th scope="col" key={s.setId}>{s.title}</th>
                  ))}
                  <th scope="col">Attempts</th>
                </tr>
              </thead>
              <tbody>
                {results.learners.map((l) => {
                  const member = members.find((m) => m.id === l.userId);
                  return (
                    <tr key={l.userId}>
                      <th scope="row" style={{ color: "var(--text)" }}>
                        {l.name}
                        {member?.email && <div className="muted small" style={{ fontWeight: 400 }}>{member.email}</div>}
                      </th>
                      {l.sets.map((s) => (
                        <td key={s.setId} data-testid="assignment-result">
                          <strong>{percent(s.counted)}</strong> <AssignmentStateBadge state={s.state} />
                          {s.attempts > 0 && <div className="muted small">{s.attempts} attempt{s.attempts === 1 ? "" : "s"}</div>}
                        </td>
                      ))}
                      <td>{l.finished}{l.attempts > l.finished && <span className="muted small"> (+{l.attempts - l.finished} unfinished)</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="questions-heading" style={{ marginTop: "2rem" }}>
        <h2 id="questions-heading">Questions</h2>
        {results.questions.length === 0 ? (
          <p className="muted">Assign a set to see how the class does on each question.</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={`table ${styles.stackTable}`}>
              <caption className="visually-hidden">Results per question: share correct and the most common wrong answers</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Correct</th>
                  <th scope="col" className={styles.wrongCol}>Common wrong answers</th>
                </tr>
              </thead>
              <tbody>
                {results.questions.map((q) => (
                  <tr key={q.questionId}>
                    <td style={{ minWidth: "14rem" }}>
                      <span className="tag">{QUESTION_TYPE_LABELS[q.type]}</span>
                      <div dir="auto">{q.prompt}</div>
                      <div className="muted small" dir="auto">Answer: {q.answer}</div>
                    </td>
                    <td data-label="Answered">{q.answered}</td>
                    <td data-label="Correct" style={{ whiteSpace: "nowrap" }}>
                      <Share value={q.shareCorrect} />
                      {q.overridden ? (
                        <div className="muted small" data-testid="overridden-count">
                          {q.overridden} marked right by the learner
                        </div>
                      ) : null}
                    </td>
                    <td data-label="Common wrong answers" className={styles.wrongCol}>
                      {q.wrongAnswers.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <ul style={{ margin: 0, paddingLeft: "1rem" }}>
                          {q.wrongAnswers.map((w) => (
                            <li key={w.response} dir="auto">“{w.response}” × {w.count}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

// The settings form is drawn from the registry's field list: every field has its labelled control
// with the schema's bounds, in its group, and the learner's values filled in.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StudySettingsForm } from "@/components/settings/StudySettingsForm";
import { DEFAULT_LEARNER_DAY, DEFAULT_STUDY_SETTINGS, SETTING_GROUPS, SETTINGS_FORM_FIELDS, settingsFormValues } from "@/lib/domain/study-settings";

const initial = settingsFormValues({ ...DEFAULT_STUDY_SETTINGS, ...DEFAULT_LEARNER_DAY, newPerDay: 7, timeZone: "Europe/Berlin", dayStartHour: 5 });
const html = renderToStaticMarkup(createElement(StudySettingsForm, { initial }));
/** The opening tag of the control named `name`. */
const control = (name: string) => new RegExp(`<(input|select)[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? "";

describe("StudySettingsForm", () => {
  it("has a labelled control for every registry field, with the schema's bounds", () => {
    for (const f of SETTINGS_FORM_FIELDS) {
      expect(html, f.name).toContain(`for="f-${f.name}"`);
      expect(html, f.name).toContain(`id="f-${f.name}"`);
      expect(html, f.name).toContain(f.label);
      expect(html, f.name).toContain(`id="h-${f.name}"`);
      if (f.min !== undefined && f.input.kind !== "select") {
        expect(control(f.name), f.name).toContain(`min="${f.min}"`);
        expect(control(f.name), f.name).toContain(`max="${f.max}"`);
      }
    }
    expect(html).not.toContain('name="parameters"');
  });

  it("shows the groups in order and fills in the learner's values", () => {
    const legends = [...html.matchAll(/<legend>([^<]+)<\/legend>/g)].map((m) => m[1]);
    expect(legends).toEqual(Object.values(SETTING_GROUPS));
    expect(control("newPerDay")).toContain('value="7"');
    expect(control("timeZone")).toContain('value="Europe/Berlin"');
    expect(control("timeZone")).toContain('list="zones"');
    expect(html).toContain('<option value="5" selected="">05:00</option>');
    expect(control("enableFuzz")).toContain('checked=""');
    expect(control("desiredRetention")).toContain('step="0.01"');
    expect(html).toContain('<datalist id="zones">');
  });
});

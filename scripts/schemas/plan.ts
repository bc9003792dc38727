import { z } from 'zod';
import { hexColour, isoDate, nonEmptyText, slugId } from './common.ts';
import { youngPeopleSettingsSchema } from './youngPeople.ts';
import { disclosureSchema } from './disclosure.ts';

const person = z.strictObject({
  name: nonEmptyText,
  role: nonEmptyText.meta({ description: 'Job title, for example "Chair, Youth Justice Partnership Board".' }),
});

export const planSchema = z
  .strictObject({
    framework: slugId.meta({ description: 'The YJB guidance edition this plan follows, e.g. yjb-2023 (a file in frameworks/).' }),
    authority: nonEmptyText.meta({ description: 'The local authority, e.g. "Eastmoor Borough Council".' }),
    service: nonEmptyText.meta({ description: 'The service name, e.g. "Eastmoor Youth Justice Service".' }),
    period: z
      .string()
      .regex(/^\d{4}-\d{2}$/, { error: 'a plan period written as YYYY-YY, for example 2025-26' })
      .refine((p) => (Number(p.slice(0, 4)) + 1) % 100 === Number(p.slice(5)), {
        error: 'a plan period of two consecutive years, for example 2025-26',
      }),
    plan_date: isoDate.meta({ description: 'The date of this version of the plan. Used for overdue actions and the PDF date.' }),
    language: z.enum(['en-GB', 'cy-GB']).default('en-GB'),
    vision: nonEmptyText,
    priorities: z
      .array(
        z.strictObject({
          id: slugId,
          title: nonEmptyText,
          summary: nonEmptyText,
          young_people: z
            .strictObject({ title: nonEmptyText, text: nonEmptyText })
            .optional()
            .meta({ description: 'The same priority in plain words for the young-person version.' }),
        }),
      )
      .min(1, { error: 'at least one priority' }),
    sign_off: z.strictObject({
      chair: person,
      signed: isoDate.nullable().default(null).meta({ description: 'Date the chair signed. Leave empty (null) while the plan is a draft.' }),
      signature: z.string().optional().meta({ description: 'Path to a signature image inside the plan folder.' }),
    }),
    contact: z
      .strictObject({ email: z.email().optional(), phone: z.string().optional(), address: z.string().optional() })
      .optional(),
    theme: z
      .strictObject({
        primary: hexColour.default('#1d4f91'),
        accent: hexColour.default('#00703c'),
        logo: z.string().optional().meta({ description: 'Path to the logo (SVG or PNG) inside the plan folder.' }),
        logo_alt: z.string().optional(),
      })
      .prefault({}),
    young_people: youngPeopleSettingsSchema,
    disclosure: disclosureSchema.prefault({}),
  })
  .superRefine((plan, ctx) => {
    if (plan.theme.logo && !plan.theme.logo_alt) {
      ctx.addIssue({ code: 'custom', path: ['theme', 'logo_alt'], message: 'a text alternative for the logo, e.g. "Eastmoor Borough Council logo"' });
    }
  });

export type Plan = z.infer<typeof planSchema>;

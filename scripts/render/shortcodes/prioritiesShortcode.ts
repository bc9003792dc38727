import { renderComponent } from '../components/componentEnvironment.ts';
import type { Shortcode } from './ShortcodeContext.ts';

/** {% priorities %}: the plan's priorities from plan.yaml. */
export const prioritiesShortcode: Shortcode = {
  block: true,
  usage: '{% priorities %}',
  render(_args, context) {
    return renderComponent('priority-list', { priorities: context.plan.priorities });
  },
};

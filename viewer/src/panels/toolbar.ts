/** Toolbar buttons; each calls an action. `setPressed`/`setText` keep toggles honest. */
import { h, replaceChildren } from "../dom.js";

/** One toolbar control. */
export interface Tool {
  id: string;
  text: string;
  title: string;
  run: () => void;
}

/** Renders buttons into `container`; returns a function updating one button's text and pressed state. */
export function mountToolbar(
  container: HTMLElement,
  tools: Tool[],
  labelDensity: { options: [string, number][]; change: (density: number) => void },
): (id: string, text: string, pressed: boolean) => void {
  const buttons = new Map<string, HTMLButtonElement>();
  for (const tool of tools) {
    buttons.set(
      tool.id,
      h(
        "button",
        { type: "button", title: tool.title, "data-testid": `tool-${tool.id}`, onclick: () => tool.run() },
        tool.text,
      ),
    );
  }
  const select = h(
    "select",
    { title: "Label density 标签密度", "data-testid": "label-density" },
    ...labelDensity.options.map(([name, value], index) =>
      h("option", { value: String(value), selected: index === 1 }, name),
    ),
  );
  select.addEventListener("change", () => labelDensity.change(Number(select.value)));
  replaceChildren(container, ...buttons.values(), select);
  return (id, text, pressed) => {
    const button = buttons.get(id);
    if (!button) return;
    button.textContent = text;
    button.setAttribute("aria-pressed", String(pressed));
  };
}

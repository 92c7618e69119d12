/** The search box: suggestions while typing (arrow keys, Enter, click); choosing one selects the node. */
import { h, replaceChildren } from "../dom.js";
import type { SearchHit, SearchIndex } from "../search.js";
import { nodeKindName } from "./relations.js";

/**
 * Mounts the search input into `container`; `getIndex` gives the open graph's index (null while
 * none is open); `choose` receives the chosen node id.
 */
export function mountSearchBox(
  container: HTMLElement,
  getIndex: () => SearchIndex | null,
  choose: (node: string) => void,
): void {
  const list = h("ul", {
    class: "suggestions",
    role: "listbox",
    id: "search-suggestions",
    "data-testid": "suggestions",
  });
  const input = h("input", {
    type: "search",
    placeholder: "Search 搜索: 游仙区 / 遊仙 / youxian / yx",
    "aria-label": "Search",
    "aria-controls": "search-suggestions",
    autocomplete: "off",
    "data-testid": "search",
  });
  let hits: SearchHit[] = [];
  let active = -1;

  const render = (): void => {
    replaceChildren(
      list,
      ...hits.map((hit, index) => {
        const secondary = hit.matched !== hit.label ? hit.matched : "";
        return h(
          "li",
          {
            role: "option",
            "aria-selected": String(index === active),
            class: index === active ? "active" : "",
            "data-node": hit.id,
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(index);
            },
          },
          h("span", { class: "label" }, hit.label),
          h("span", { class: "kind" }, nodeKindName(hit.kind)),
          secondary ? h("span", { class: "matched" }, secondary) : null,
        );
      }),
    );
    list.hidden = hits.length === 0;
  };
  const pick = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.label;
    hits = [];
    render();
    choose(hit.id);
  };
  input.addEventListener("input", () => {
    hits = getIndex()?.search(input.value) ?? [];
    active = hits.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(Math.max(active, 0));
    } else if (event.key === "Escape") {
      hits = [];
      render();
    }
  });
  input.addEventListener("blur", () => {
    hits = [];
    render();
  });
  list.hidden = true;
  replaceChildren(container, input, list);
}

/** Opening a graph file by the file picker or by drag and drop anywhere on the page. */

/** Calls `open` with the file chosen in `input` or dropped on `target`; the page gets class `dragging` while a file is over `target`. */
export function watchGraphFiles(
  input: HTMLInputElement,
  target: HTMLElement,
  open: (file: File) => void,
): void {
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) open(file);
    input.value = "";
  });
  const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes("Files");
  target.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    document.body.classList.add("dragging");
  });
  target.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  target.addEventListener("drop", (event) => {
    event.preventDefault();
    document.body.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) open(file);
  });
}

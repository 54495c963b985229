/** Saves `data` as a JSON file through the browser's downloads (a link clicked; no permission needed). */
export function downloadJson(data: unknown, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

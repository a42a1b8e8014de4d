/**
 * How a table shows in the body editor: TipTap's table view (column widths from the cells' `colwidth`, drag
 * handles on the borders) with two fields above it, "Tên bảng" and "Đơn vị tính", which edit the table's
 * `caption` and `unit` line the way they print (caption centred above, unit line right-aligned under it).
 */
import { TableView, updateColumns } from '@tiptap/extension-table';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorView, ViewMutationRecord } from '@tiptap/pm/view';
import { TABLE_FIELDS as FIELDS } from './table-field-labels';

export class CaptionedTableView extends TableView {
  private readonly fields: HTMLDivElement;
  private readonly inputs: HTMLInputElement[];

  constructor(
    node: PmNode,
    cellMinWidth: number,
    private readonly editorView: EditorView,
    private readonly getPos: () => number | undefined,
  ) {
    super(node, cellMinWidth, editorView);
    this.fields = document.createElement('div');
    this.fields.className = 'table-fields';
    this.fields.contentEditable = 'false';
    this.inputs = FIELDS.map((f) => {
      const input = document.createElement('input');
      input.type = 'text';
      input.className = `table-field table-field-${f.attr}`;
      input.setAttribute('aria-label', f.label);
      input.placeholder = f.placeholder;
      input.maxLength = f.maxLength;
      input.spellcheck = false;
      input.value = String(node.attrs[f.attr] ?? '');
      input.addEventListener('input', () => this.setAttr(f.attr, input.value));
      // Enter or Escape goes back into the table's first cell, as leaving a field in a dialog would.
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== 'Escape') return;
        e.preventDefault();
        this.editorView.focus();
      });
      this.fields.appendChild(input);
      return input;
    });
    this.dom.insertBefore(this.fields, this.table);
  }

  private setAttr(attr: string, value: string): void {
    const pos = this.getPos();
    if (typeof pos !== 'number') return;
    this.editorView.dispatch(this.editorView.state.tr.setNodeAttribute(pos, attr, value === '' ? null : value));
  }

  override update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    updateColumns(node, this.colgroup, this.table, this.cellMinWidth);
    FIELDS.forEach((f, i) => {
      const input = this.inputs[i]!;
      const value = String(node.attrs[f.attr] ?? '');
      // The field being typed in already shows its value; rewriting it would move the caret (undo does it when not focused).
      if (input.value !== value && input.ownerDocument.activeElement !== input) input.value = value;
    });
    return true;
  }

  stopEvent(event: Event): boolean {
    return this.fields.contains(event.target as Node);
  }

  override ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (this.fields.contains(mutation.target as Node)) return true;
    return super.ignoreMutation(mutation);
  }
}

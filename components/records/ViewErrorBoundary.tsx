"use client";

import { Component, type ReactNode } from "react";
import { Notice } from "../Notice";

/**
 * Keeps a failure of the combined views from taking the page down with it: the file list below
 * (where the patient can open or delete each file) still renders, and the patient is told why.
 */
export class ViewErrorBoundary extends Component<
  { children: ReactNode; message?: string },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <Notice tone="error" title="Your records could not be combined into one view">
          {this.props.message ??
            "One of your files holds something CareKeys could not read. Each file is still listed below: open them one by one, and delete a file that is damaged."}
        </Notice>
      );
    }
    return this.props.children;
  }
}

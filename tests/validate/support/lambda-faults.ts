/**
 * Faults planted in a recording of Lambda traffic (traffic.ts's recordLambda), one per place a
 * member travels, for the `validate` tests: each is what a buggy client, proxy or fake service
 * would put on the wire.
 */
import type { Har, HarEntry } from "./record-har.ts";

function setHeader(headers: { name: string; value: string }[], name: string, value: string): void {
  const found = headers.find((h) => h.name.toLowerCase() === name.toLowerCase());
  if (found === undefined) throw new Error(`the recording has no ${name} header`);
  found.value = value;
}

function editJson(text: string | undefined, edit: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(text ?? "") as Record<string, unknown>;
  edit(value);
  return JSON.stringify(value);
}

/**
 * A copy of `har` (recordLambda's five entries) with faults: entries[0] a request header outside its
 * enum and a response header off its pattern; entries[1] a label off its pattern and a response
 * body member below its minimum; entries[2] a body member below its minimum and an unknown body
 * member; entries[3] a query value below its minimum; entries[4] an error the operation does not
 * declare; entries[5] (added) a path of no operation; entries[6] (added) a body member of the wrong
 * JSON type, which the service cannot read at all.
 */
export function plantLambdaFaults(har: Har): Har {
  const out = structuredClone(har);
  const [invoke, getFunction, update, list, missing] = out.log.entries as [HarEntry, HarEntry, HarEntry, HarEntry, HarEntry];
  setHeader(invoke.request.headers, "X-Amz-Log-Type", "Full");
  setHeader(invoke.response.headers, "X-Amz-Executed-Version", "latest");
  getFunction.request.url = getFunction.request.url.replace("/functions/my-function", "/functions/my%20function%21");
  getFunction.response.content.text = editJson(getFunction.response.content.text, (v) => {
    (v.Configuration as Record<string, unknown>).Timeout = 0;
  });
  const unreadable = structuredClone(update);
  update.request.postData!.text = editJson(update.request.postData?.text, (v) => {
    v.MemorySize = 64;
    v.Memory = 64;
  });
  list.request.url = list.request.url.replace("MaxItems=10", "MaxItems=0");
  list.request.queryString = [{ name: "MaxItems", value: "0" }];
  setHeader(missing.response.headers, "X-Amzn-Errortype", "FunctionGoneException");
  const unknown = structuredClone(getFunction);
  unknown.request.url = "https://lambda.us-east-1.amazonaws.com/2015-03-31/nothing-here";
  unknown.response = { status: 404, statusText: "", httpVersion: "HTTP/1.1", headers: [], content: { size: 0, mimeType: "" } };
  unreadable.request.postData!.text = editJson(unreadable.request.postData?.text, (v) => {
    v.MemorySize = "big";
  });
  out.log.entries.push(unknown, unreadable);
  return out;
}

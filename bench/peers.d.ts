// Just enough typing for the peer libraries the benchmark calls; they ship none.
declare module "split-sms" {
  const splitSms: { split(text: string): { characterSet: "GSM" | "Unicode"; parts: { content: string }[] } };
  export default splitSms;
}

declare module "@trt2/gsm-charset-utils" {
  export function getCharCount(text: string): { charCount: number; msgCount: number; encoding: "GSM" | "UCS2" };
}

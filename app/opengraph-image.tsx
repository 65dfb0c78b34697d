import { ImageResponse } from "next/og";

export const alt = "Praxisbote – SMS-Terminerinnerung für Zahnarztpraxen";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function OpengraphImage() {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: 72,
          background: "linear-gradient(135deg, #0f766e 0%, #0a3b38 100%)",
          color: "white",
        }}
      >
        <div style={{ fontSize: 44, fontWeight: 700 }}>Praxisbote</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>SMS-Terminerinnerung für Zahnarztpraxen</div>
          <div style={{ fontSize: 34, marginTop: 24, opacity: 0.9 }}>Direkt aus Ihrer Praxissoftware · Zustellstatus für jede SMS</div>
        </div>
        <div
          style={{
            display: "flex",
            alignSelf: "flex-end",
            background: "white",
            color: "#0a3b38",
            borderRadius: 24,
            padding: "16px 28px",
            fontSize: 30,
          }}
        >
          [142 Zeichen | 1 SMS]
        </div>
      </div>
    ),
    size,
  );
}

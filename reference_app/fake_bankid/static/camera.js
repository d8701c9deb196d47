// The simulated app reads the service's QR code as a phone does: from the camera (getUserMedia)
// or from a photo of the screen. The browser's BarcodeDetector where it exists, else jsQR
// (vendor/jsQR.js). What it reads goes into the "QR-kodens innehåll" form, which is sent.
"use strict";

(function () {
  const form = document.querySelector("[data-qr-form]");
  if (!form) return;
  const field = form.querySelector("input[name=qr]");
  const status = document.querySelector("[data-camera-status]");
  const video = document.querySelector("[data-camera-video]");
  const startCamera = document.querySelector("[data-camera-start]");
  const photo = document.querySelector("[data-camera-photo]");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  let detector = null;
  if ("BarcodeDetector" in window) {
    try { detector = new window.BarcodeDetector({ formats: ["qr_code"] }); } catch (e) { detector = null; }
  }

  function say(text) { status.textContent = text; }

  function send(text) {
    field.value = text;
    say("QR-koden lästes. Skickar …");
    form.submit();
  }

  async function decode(source, width, height) {
    if (detector) {
      try {
        const found = await detector.detect(source);
        if (found.length) return found[0].rawValue;
      } catch (e) { /* fall back to jsQR */ }
    }
    canvas.width = width;
    canvas.height = height;
    context.drawImage(source, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    const found = window.jsQR(pixels.data, width, height, { inversionAttempts: "attemptBoth" });
    return found ? found.data : null;
  }

  photo.addEventListener("change", () => {
    const file = photo.files && photo.files[0];
    if (!file) return;
    const image = new Image();
    image.onload = async () => {
      const text = await decode(image, image.naturalWidth, image.naturalHeight);
      URL.revokeObjectURL(image.src);
      if (text) send(text); else say("Ingen QR-kod hittades i bilden. Ta en ny bild där hela koden syns.");
    };
    image.onerror = () => say("Bilden gick inte att öppna. Välj en bild (PNG eller JPEG).");
    image.src = URL.createObjectURL(file);
  });

  startCamera.addEventListener("click", async () => {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      say("Kameran går inte att använda här (den kräver https). Fotografera koden i stället.");
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      say("Rikta kameran mot QR-koden.");
      const look = async () => {
        if (video.videoWidth) {
          const text = await decode(video, video.videoWidth, video.videoHeight);
          if (text) { stream.getTracks().forEach((track) => track.stop()); send(text); return; }
        }
        requestAnimationFrame(look);
      };
      look();
    } catch (e) {
      say("Kameran fick inte användas. Fotografera koden i stället.");
    }
  });
})();

import { SharingScreen } from "@/components/sharing/SharingScreen";

export default function SharingPage() {
  return <SharingScreen />;
}

import { RecordsScreen } from "@/components/records/RecordsScreen";

export default function RecordsPage() {
  return <RecordsScreen />;
}

import { InsightsScreen } from "@/components/ai/InsightsScreen";

export default function InsightsPage() {
  return <InsightsScreen />;
}

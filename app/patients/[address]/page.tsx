import { PatientChartScreen } from "@/components/clinician/PatientChartScreen";

export default async function PatientChartPage({ params }: { params: Promise<{ address: string }> }) {
  const { address } = await params;
  return <PatientChartScreen rawAddress={address} />;
}

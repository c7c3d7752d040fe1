// The stack floor: the smallest React + Recharts page that reads the same endpoint, sums by month
// and draws the dashboard's bar chart. The benchmark compares the app's first chart with it.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { loadMonthSums, type MonthSum } from '../month-sums';

function FloorChart() {
  const [months, setMonths] = useState<MonthSum[] | null>(null);
  useEffect(() => {
    void loadMonthSums().then(setMonths);
  }, []);
  if (months === null) return <p>Loading…</p>;
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={months} margin={{ top: 8, right: 8, bottom: 24, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="period" interval="preserveStartEnd" minTickGap={16} />
        <YAxis width={64} />
        <Tooltip />
        <Legend verticalAlign="top" height={28} />
        <Bar dataKey="dprkUsd" stackId="total" fill="#b4432f" isAnimationActive={false} />
        <Bar dataKey="otherUsd" stackId="total" fill="#3b6ea8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorChart />);

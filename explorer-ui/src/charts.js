// Apache ECharts with only the parts the explorer draws: loaded as its own chunk, in parallel with the first GraphQL
// answers, so the page asks for its data before the chart library is even parsed.
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import { BrushComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GraphChart, LineChart, BrushComponent, GridComponent, LegendComponent, TooltipComponent,
  CanvasRenderer]);

export { echarts };

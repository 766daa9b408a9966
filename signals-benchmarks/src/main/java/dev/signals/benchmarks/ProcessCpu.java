package dev.signals.benchmarks;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the CPU time the whole benchmark process spends per iteration, and the operations, so
 * that a result can be given as CPU time per operation: {@code cpuMicros / operations}, both
 * summed over the iterations. Unlike the wall-clock time, it does not grow when other processes
 * take the machine's cores, which on a shared machine moves single iterations by tens of percent.
 * It includes every thread of the process (the servlet container's, the garbage collector's),
 * with the operating system's resolution of 10 ms per reading, small against 2 s iterations.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ProcessCpu {

	private static final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private long start;

	/** CPU time of the process in this iteration so far, in microseconds. */
	public long cpuMicros;

	/** Operations in this iteration so far. */
	public long operations;

	/** Starts counting for an iteration. */
	@Setup(Level.Iteration)
	public void startIteration() {
		this.start = os.getProcessCpuTime();
		this.cpuMicros = 0;
		this.operations = 0;
	}

	/** Counts one operation just completed. */
	public void operationDone() {
		this.operations++;
		this.cpuMicros = (os.getProcessCpuTime() - this.start) / 1000;
	}

}

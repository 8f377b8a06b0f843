package nl.alliantie.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SMTP server whose answer to each recipient the test decides, e.g. {@code 451} (try
 * later) or {@code 550} (no such mailbox). Keeps the Message-ID and recipient of every accepted mail.
 */
public class ScriptedSmtpServer implements AutoCloseable {

	public record Accepted(String recipient, String messageId) {
	}

	private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");

	private final ServerSocket socket;

	private final Function<String, String> rcptReply;

	private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

	private final IntConsumer beforeAccepting;

	/** @param rcptReply the reply line to {@code RCPT TO} for an address, e.g. {@code "250 OK"} */
	public ScriptedSmtpServer(Function<String, String> rcptReply) throws IOException {
		this(rcptReply, count -> {
		});
	}

	/**
	 * @param beforeAccepting runs with the number of mails kept so far, after a mail is kept and
	 * before the client hears that it was accepted
	 */
	ScriptedSmtpServer(Function<String, String> rcptReply, IntConsumer beforeAccepting) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.rcptReply = rcptReply;
		this.beforeAccepting = beforeAccepting;
		Thread.ofVirtual().start(this::acceptLoop);
	}

	public int port() {
		return socket.getLocalPort();
	}

	/** How many mails were kept so far, without copying them. */
	public int acceptedCount() {
		return accepted.size();
	}

	public List<Accepted> accepted() {
		return List.copyOf(accepted);
	}

	private void acceptLoop() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Thread.ofVirtual().start(() -> serve(client));
			}
			catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
				Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
			reply(out, "220 scripted ESMTP");
			String recipient = null;
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 scripted");
					case "MAIL" -> reply(out, "250 OK");
					case "RCPT" -> {
						String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
						String answer = rcptReply.apply(address);
						if (answer.startsWith("2")) {
							recipient = address;
						}
						reply(out, answer);
					}
					case "DATA" -> {
						reply(out, "354 go ahead");
						StringBuilder data = new StringBuilder();
						String dataLine;
						while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
							data.append(dataLine).append('\n');
						}
						if (dataLine == null) {
							// the client went away in the middle of the mail: like any server, keep nothing
							return;
						}
						Matcher id = MESSAGE_ID.matcher(data);
						int count;
						synchronized (accepted) {
							accepted.add(new Accepted(recipient, id.find() ? id.group(1) : null));
							count = accepted.size();
						}
						beforeAccepting.accept(count);
						recipient = null;
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException e) {
			// the client went away
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}

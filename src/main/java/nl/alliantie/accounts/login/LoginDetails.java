package nl.alliantie.accounts.login;

import java.io.Serial;
import java.io.Serializable;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Where a login attempt comes from: the network whose attempts are counted together (an IPv4
 * address, or the /64 of an IPv6 address, which one household or server has whole) and the known
 * browser, if the browser says it is one. Kept in the session with the login, without the browser.
 */
final class LoginDetails implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String network;

	private final transient @Nullable String deviceHash;

	LoginDetails(String network, @Nullable String deviceHash) {
		this.network = network;
		this.deviceHash = deviceHash;
	}

	static LoginDetails of(HttpServletRequest request) {
		return new LoginDetails(networkOf(request.getRemoteAddr()), KnownDevices.tokenHash(request).orElse(null));
	}

	String network() {
		return network;
	}

	@Nullable String deviceHash() {
		return deviceHash;
	}

	/** The address as counted: IPv4 as it is, IPv6 by its first 64 bits. */
	static String networkOf(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		if (!remoteAddress.contains(":")) {
			return remoteAddress;
		}
		try {
			// an IPv6 literal (it has a colon), so no name is looked up
			InetAddress address = InetAddress.getByName(remoteAddress);
			if (address instanceof Inet6Address) {
				return HexFormat.of().formatHex(Arrays.copyOf(address.getAddress(), 8)) + "::/64";
			}
			return address.getHostAddress();
		}
		catch (UnknownHostException e) {
			return remoteAddress;
		}
	}

	@Override
	public String toString() {
		return "LoginDetails[" + network + "]";
	}
}

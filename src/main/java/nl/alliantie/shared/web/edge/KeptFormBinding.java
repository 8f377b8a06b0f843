package nl.alliantie.shared.web.edge;

import org.jspecify.annotations.Nullable;

import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Form records whose field could not be converted (a tampered choice {@code werkgroep1=abc}, a
 * number too large) are still made, with that field empty and its {@code typeMismatch} sentence,
 * and so is everything else that was typed. Spring's binder makes the record but leaves its
 * binding result without it, so that a controller's own check ({@code result.rejectValue}) or
 * {@code result.getTarget()} then failed with a 500. This binder gives the result its record.
 */
@Configuration(proxyBeanMethods = false)
class KeptFormBinding {

	/**
	 * Spring Boot takes one {@code WebMvcRegistrations} bean (with two it takes neither), so this one
	 * also gives the handler mapping its first look at each route ({@link FirstSegmentMapping}).
	 */
	@Bean
	WebMvcRegistrations keptFormRegistrations() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new Adapter();
			}

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new FirstSegmentMapping();
			}
		};
	}

	static final class Adapter extends RequestMappingHandlerAdapter {

		@Override
		protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

				@Override
				protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
						NativeWebRequest request) {
					return new Binder(target, objectName);
				}
			};
		}
	}

	static final class Binder extends ExtendedServletRequestDataBinder {

		private @Nullable AbstractPropertyBindingResult withTarget;

		Binder(@Nullable Object target, String objectName) {
			super(target, objectName);
		}

		/**
		 * Spring checks the fields it could read only when it could not make the record; here the record
		 * is made (with the unreadable field empty), so its own checks run now: every field that is wrong
		 * gets its sentence, not only the one that could not be read (that one keeps its own, it came first).
		 */
		@Override
		public void construct(ValueResolver valueResolver) {
			super.construct(valueResolver);
			if (getTarget() != null && getBindingResult().hasErrors()) {
				for (org.springframework.validation.Validator validator : getValidatorsToApply()) {
					validator.validate(getTarget(), getBindingResult());
				}
			}
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			AbstractPropertyBindingResult result = super.getInternalBindingResult();
			if (result.getTarget() != null || getTarget() == null) {
				return result;
			}
			if (withTarget == null) {
				withTarget = createBeanPropertyBindingResult();
				withTarget.addAllErrors(result);
			}
			return withTarget;
		}
	}
}
